// Serves the MSW handlers over real HTTP (Vite dev/preview middleware and the
// standalone `npm run api` server): one code path turns a Node request into a
// fetch Request, asks the handlers, and writes the fetch Response back.
// Whatever arrives, the answer is JSON: a 4xx for bad input, never a stack trace.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { getResponse } from 'msw'
import { ALLOWED_METHODS, handlers, problem } from './handlers.ts'

// fetch's Request refuses to represent these methods; no endpoint allows them anyway.
const UNREPRESENTABLE = /^(?:CONNECT|TRACE|TRACK)$/i

async function respond(req: IncomingMessage, origin: string): Promise<Response> {
  const target = req.url ?? '/'
  // Only a path (origin-form) names an endpoint; `*` or `http://…` do not. Joined,
  // not resolved: `//api/articles` stays a path instead of becoming the host `api`.
  const url = target.startsWith('/') ? URL.parse(origin + target) : null
  if (!url) return problem(400, 'bad_request', 'The request target is not a path of this API.')
  const method = req.method ?? 'GET'
  if (UNREPRESENTABLE.test(method)) {
    return problem(405, 'method_not_allowed', 'Use GET or HEAD.', { Allow: ALLOWED_METHODS })
  }
  const request = new Request(url, { method, headers: req.headers as HeadersInit })
  return (
    (await getResponse(handlers, request, { baseUrl: origin })) ?? problem(404, 'not_found', 'No such API endpoint.')
  )
}

export async function answerApiRequest(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  let response: Response
  try {
    response = await respond(req, origin)
  } catch (error) {
    // Never leak internals: log here, answer with a generic body.
    console.error('[mock api]', error)
    response = problem(500, 'internal', 'The mock API failed.')
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
    res.setHeader('Content-Length', body.length)
  }
  // Node sends no body for HEAD, but keeps the Content-Length GET would have.
  res.end(body)
}
