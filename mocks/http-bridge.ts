// Serves the MSW handlers over real HTTP (Vite dev/preview middleware and the
// standalone `npm run api` server): one code path turns a Node request into a
// fetch Request, asks the handlers, and writes the fetch Response back.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { getResponse } from 'msw'
import { handlers } from './handlers.ts'

const notFound = () =>
  Response.json({ error: { code: 'not_found', message: 'No such API endpoint.' } }, { status: 404 })

export async function answerApiRequest(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const url = new URL(req.url ?? '/', origin)
  const request = new Request(url, { method: req.method ?? 'GET', headers: req.headers as HeadersInit })
  let response: Response
  try {
    response = (await getResponse(handlers, request, { baseUrl: origin })) ?? notFound()
  } catch (error) {
    // Never leak internals: log here, answer with a generic body.
    console.error('[mock api]', error)
    response = Response.json({ error: { code: 'internal', message: 'The mock API failed.' } }, { status: 500 })
  }
  res.statusCode = response.status
  response.headers.forEach((value, key) => res.setHeader(key, value))
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Vary', 'Accept-Encoding')
  let body = Buffer.from(await response.arrayBuffer())
  // Compressed like any real API would be: a feed page is ~35 KB of JSON, ~8 KB gzipped.
  if (body.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body)
    res.setHeader('Content-Encoding', 'gzip')
    res.removeHeader('Content-Length')
  }
  res.end(body)
}
