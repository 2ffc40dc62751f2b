import type { Plugin, PreviewServer, ViteDevServer } from 'vite'
import { prepareCorpus } from './corpus.ts'
import { answerApiRequest } from './http-bridge.ts'

/** Mounts the mock API at /api in `vite` (dev) and `vite preview`; nothing reaches the client bundle. */
export function mockApi(): Plugin {
  const mount = (server: ViteDevServer | PreviewServer) => {
    // A bad WARTA_CORPUS stops the server here, before it listens.
    const buildCorpus = prepareCorpus()
    // Built once the server listens, so its address is printed first; without an own server, on the first request.
    server.httpServer?.once('listening', () => setImmediate(buildCorpus))
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
