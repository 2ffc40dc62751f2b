// @vitest-environment node
// The mock API over real HTTP, as `npm run api` serves it: whatever a client
// sends, the answer is a JSON error with a 4xx, never a 500 or a stack trace.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBody, ArticleListResponse } from '../src/api/schemas'
import { rawRequest } from '../tests/raw-http'
import { answerApiRequest } from './http-bridge'

let server: Server
let port = 0

beforeAll(async () => {
  server = createServer((req, res) => void answerApiRequest(req, res, `http://127.0.0.1:${port}`))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function expectError(response: { status: number; body: string }, status: number, code: string) {
  expect(response.status, response.body).toBe(status)
  expect(ApiErrorBody.parse(JSON.parse(response.body)).error.code).toBe(code)
  expect(response.body).not.toMatch(/\n\s+at |node_modules|file:\/\//)
}

describe('the mock API over HTTP', () => {
  it('answers a malformed percent-escape in the path with a 404', async () => {
    expectError(await rawRequest(port, 'GET', '/api/x%'), 404, 'not_found')
    expectError(await rawRequest(port, 'GET', '/api/articles/%E0%A4%A'), 404, 'not_found')
  })

  it('answers a method fetch cannot even represent with a 405', async () => {
    const response = await rawRequest(port, 'TRACE', '/api/articles')
    expectError(response, 405, 'method_not_allowed')
    expect(response.headers.allow).toBe('GET, HEAD, OPTIONS')
  })

  it('answers request targets that are not a path with a 4xx', async () => {
    expectError(await rawRequest(port, 'GET', '//['), 404, 'not_found')
    expectError(await rawRequest(port, 'GET', '*'), 400, 'bad_request')
  })

  it.each(['/API/articles', '//api/articles', '/x/api/articles', '/api/articles/', '/apix', '/api/entities/x/y'])(
    'anchors its routes: %s is a 404',
    async (path) => {
      expectError(await rawRequest(port, 'GET', path), 404, 'not_found')
    },
  )

  it('answers HEAD like GET, without the body', async () => {
    const get = await rawRequest(port, 'GET', '/api/articles?limit=3')
    const head = await rawRequest(port, 'HEAD', '/api/articles?limit=3')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-type']).toBe(get.headers['content-type'])
    expect(head.headers['content-length']).toBe(get.headers['content-length'])
    expect(ArticleListResponse.parse(JSON.parse(get.body)).items).toHaveLength(3)
    expect((await rawRequest(port, 'HEAD', '/api/nothing')).status).toBe(404)
  })

  it('answers the CORS preflight of an app on another origin', async () => {
    const response = await rawRequest(port, 'OPTIONS', '/api/articles?limit=20', {
      Origin: 'https://reader.example',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'accept',
    })
    expect(response.status).toBe(204)
    expect(response.body).toBe('')
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(response.headers['access-control-allow-methods']).toBe('GET, HEAD')
    expect(response.headers['access-control-allow-headers']?.toLowerCase()).toContain('accept')
    expect(Number(response.headers['access-control-max-age'])).toBeGreaterThan(0)
  })

  it('refuses other methods with a 405 naming the allowed ones', async () => {
    const response = await rawRequest(port, 'DELETE', '/api/entities/xi-jinping')
    expectError(response, 405, 'method_not_allowed')
    expect(response.headers.allow).toBe('GET, HEAD, OPTIONS')
  })

  it('refuses a repeated single-valued parameter in either order', async () => {
    for (const query of ['limit=5&limit=abc', 'limit=abc&limit=5']) {
      const response = await rawRequest(port, 'GET', `/api/articles?${query}`)
      expectError(response, 400, 'repeated_parameter')
      expect(response.body).toContain("'limit'")
    }
  })
})
