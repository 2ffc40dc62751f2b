// `vite preview` serves dist/ uncompressed and without hints; a real host
// compresses, caches and hints. This serves the built text assets
// gzip-compressed (compressed once, kept in memory), marks the content-hashed
// ones immutable, and on the feed and an article's page asks the browser to
// fetch the page's data and its first photo while the code is still loading
// (`Link: rel=preload` headers): the photo is the largest paint, and without
// the hint it waits for the code, then the data (decision 023).
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

type PageHints = {
  /** The requests the page makes first, exactly as the client makes them (src/api). */
  data: string[]
  /** Where its first photo is, in the answer of the first request. */
  photo: (body: unknown) => unknown
  /** The source of the page's lazily loaded code, looked up in the build's manifest. */
  code?: string
}

const PHOTO_TTL_MS = 60_000
const PHOTO_WAIT_MS = 150
type Summary = { hero?: { src?: unknown } }

export function previewHost({ apiBase = '/api', headers }: HostOptions): Plugin {
  const base = apiBase.replace(/\/+$/, '')
  const FEED_FIRST_PAGE = `${base}/articles?${articlePageQuery({ entities: [], match: 'all' }, null)}`
  const ENTITY_LIST = `${base}/entities`
  const cache = new Map<string, { body: Buffer; mtime: number }>()

  function hintsFor(url: string): PageHints | null {
    if (url === '/' || url === '/index.html')
      return {
        data: [FEED_FIRST_PAGE, ENTITY_LIST],
        photo: (body) => (body as { items?: Summary[] }).items?.[0]?.hero?.src,
      }
    const slug = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(url)?.[1]
    if (slug)
      return {
        data: [`${base}/articles/${slug}`],
        photo: (body) => (body as { article?: Summary }).article?.hero?.src,
        code: 'src/features/article/article-route.tsx',
      }
    return null
  }

  // The host asks the API what the first photo is, once a minute per page; a
  // slow or failing API costs the page its photo hint, never its time.
  const photos = new Map<string, { at: number; src: Promise<string | null> }>()
  async function firstPhoto(origin: string, hints: PageHints): Promise<string | null> {
    const request = hints.data[0]!
    let entry = photos.get(request)
    if (!entry || Date.now() - entry.at > PHOTO_TTL_MS) {
      if (photos.size > 500) photos.clear()
      const src = fetch(new URL(request, origin), { headers: { Accept: 'application/json' } })
        .then(async (response) => (response.ok ? hints.photo(await response.json()) : null))
        .then((value) => (typeof value === 'string' && /^(?:\/|https?:)[^\s<>;,]*$/.test(value) ? value : null))
        .catch(() => null)
      entry = { at: Date.now(), src }
      photos.set(request, entry)
    }
    const late = new Promise<null>((resolve) => setTimeout(resolve, PHOTO_WAIT_MS, null))
    return Promise.race([entry.src, late])
  }
  let outDir = 'dist'
  return {
    name: 'warta-preview-host',
    configResolved(config) {
      outDir = config.build.outDir
    },
    configurePreviewServer(server) {
      const root = join(server.config.root, outDir)
      // The built file of a source (build.manifest), read once: the route's code loads beside its data.
      let manifest: Record<string, { file?: string }> | null = null
      const builtFile = (source: string) => {
        try {
          manifest ??= JSON.parse(readFileSync(join(root, '.vite/manifest.json'), 'utf8')) as Record<
            string,
            { file?: string }
          >
        } catch {
          manifest = {}
        }
        const file = manifest[source]?.file
        return file ? `/${file}` : null
      }
      // The host's own address, never the request's Host header: a reader cannot make the host fetch elsewhere.
      const self = () => {
        const address = server.httpServer.address()
        if (!address || typeof address === 'string') return null
        const host = ['::', '0.0.0.0'].includes(address.address) ? '127.0.0.1' : address.address
        return `http://${address.family === 'IPv6' && host !== '127.0.0.1' ? `[${host}]` : host}:${address.port}`
      }
      // The feed's photo is known before the first reader comes (the API may take a moment to start).
      server.httpServer.once('listening', () => {
        const origin = self()
        if (origin) void firstPhoto(origin, hintsFor('/')!)
      })
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        const hints = req.method === 'GET' ? hintsFor(req.url ?? '') : null
        if (!hints) return next()
        // An API elsewhere (VITE_API_BASE_URL) is asked at its own address; the URL is absolute then.
        const origin = self()
        const photo = origin ? firstPhoto(origin, hints) : Promise.resolve(null)
        const code = hints.code ? builtFile(hints.code) : null
        void photo.then((src) => {
          res.setHeader(
            'Link',
            [
              ...(code ? [`<${code}>; rel=modulepreload`] : []),
              ...hints.data.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`),
              ...(src ? [`<${src}>; rel=preload; as=image; fetchpriority=high`] : []),
            ].join(', '),
          )
          next()
        })
      })
      server.middlewares.use((req, res, next) => {
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
