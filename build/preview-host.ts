// `vite preview` serves dist/ uncompressed and without hints; a real host
// compresses, caches and hints. This serves the built text assets
// gzip-compressed (compressed once, kept in memory), marks the content-hashed
// ones immutable, and on the front page asks the browser to fetch the feed's
// first page while the code is still loading (a `Link: rel=preload` header).
// It sends the security headers with every answer, and answers errors with a
// generic page, never a stack trace.
import { readFileSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Connect, Plugin } from 'vite'
import { articlePageQuery } from '../src/api/article-page.ts'

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** A page that says what went wrong in general terms: no stack trace, no path of this machine. */
function genericError(res: ServerResponse, status: 400 | 500) {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  const text = status === 400 ? 'Bad request.' : 'Something went wrong.'
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>${text}</title><p>${text}</p></html>`)
}

/** Anything a middleware passes on as an error ends here, as the generic page (four parameters, or Connect takes it for an ordinary middleware). */
const answerErrorsGenerically: Connect.ErrorHandleFunction = (error, _req, res, _next) => {
  console.error('[preview host]', error)
  if (res.headersSent) res.destroy()
  else genericError(res, 500)
}

type HostOptions = {
  /** VITE_API_BASE_URL of the build; the preload hints point there. */
  apiBase?: string
  /** Sent with every answer of the host (src/app/security-headers.ts). */
  headers: Record<string, string>
}

export function previewHost({ apiBase = '/api', headers }: HostOptions): Plugin {
  const base = apiBase.replace(/\/+$/, '')
  const FEED_FIRST_PAGE = `${base}/articles?${articlePageQuery({ entities: [], match: 'all' }, null)}`
  const ENTITY_LIST = `${base}/entities`
  const cache = new Map<string, { body: Buffer; mtime: number }>()
  let outDir = 'dist'
  return {
    name: 'warta-preview-host',
    configResolved(config) {
      outDir = config.build.outDir
    },
    configurePreviewServer(server) {
      const root = join(server.config.root, outDir)
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        // The exact requests the feed makes first (src/api/articles.ts, src/api/entities.ts).
        if (req.method === 'GET' && (req.url === '/' || req.url === '/index.html')) {
          res.setHeader(
            'Link',
            [
              `<${FEED_FIRST_PAGE}>; rel=preload; as=fetch; crossorigin=anonymous`,
              `<${ENTITY_LIST}>; rel=preload; as=fetch; crossorigin=anonymous`,
            ].join(', '),
          )
        }
        const path = (req.url ?? '').split('?')[0] ?? ''
        const type = TYPES[extname(path)]
        if (req.method !== 'GET' || !type || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
          return next()
        let decoded: string
        try {
          decoded = decodeURIComponent(path)
        } catch {
          return genericError(res, 400)
        }
        const file = normalize(join(root, decoded))
        // On a separator: `dist-secret` starts with `dist` too.
        if (!file.startsWith(root + sep)) return next()
        let mtime: number
        try {
          mtime = statSync(file).mtimeMs
        } catch {
          return next()
        }
        let entry = cache.get(file)
        if (!entry || entry.mtime !== mtime) {
          entry = { body: gzipSync(readFileSync(file), { level: 9 }), mtime }
          cache.set(file, entry)
        }
        res.setHeader('Content-Type', type)
        res.setHeader('Content-Encoding', 'gzip')
        res.setHeader('Vary', 'Accept-Encoding')
        res.setHeader(
          'Cache-Control',
          path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        )
        res.end(entry.body)
      })
      // After Vite's own middlewares, so that it also catches theirs.
      return () => {
        server.middlewares.use(answerErrorsGenerically)
      }
    },
  }
}
