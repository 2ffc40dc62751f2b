import type { Plugin } from 'vite'
import { answerApiRequest } from './http-bridge.ts'

/** Mounts the mock API at /api in `vite` (dev) and `vite preview`; nothing reaches the client bundle. */
export function mockApi(): Plugin {
  const mount = (server: {
    middlewares: {
      use: (
        fn: (
          req: import('node:http').IncomingMessage,
          res: import('node:http').ServerResponse,
          next: () => void,
        ) => void,
      ) => void
    }
  }) => {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/api' && !req.url?.startsWith('/api/') && !req.url?.startsWith('/api?')) return next()
      const origin = `http://${req.headers.host ?? 'localhost'}`
      answerApiRequest(req, res, origin).catch(next)
    })
  }
  return {
    name: 'warta-mock-api',
    configureServer: mount,
    configurePreviewServer: mount,
  }
}
