// @vitest-environment node
// The preview host as `vite preview` runs it (this repository's vite.config.ts),
// over a small stand-in build with a sibling folder it must never serve.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articlePageQuery } from '../src/api/article-page'
import { rawRequest, type RawResponse } from '../tests/raw-http'

let root = ''
let server: PreviewServer
let port = 0
const GZIP = { 'Accept-Encoding': 'gzip' }

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'warta-host-'))
  await mkdir(join(root, 'dist', 'assets'), { recursive: true })
  await mkdir(join(root, 'dist-secret'))
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>Warta</title>')
  await writeFile(join(root, 'dist', 'assets', 'app-1234.js'), 'console.log("app")')
  await mkdir(join(root, 'dist', '.vite'))
  await writeFile(
    join(root, 'dist', '.vite', 'manifest.json'),
    JSON.stringify({ 'src/features/article/article-route.tsx': { file: 'assets/article-route-1234.js' } }),
  )
  await writeFile(join(root, 'dist-secret', 'secret.js'), 'secret()')
  server = await preview({
    configFile: resolve('vite.config.ts'),
    root,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, open: false },
  })
  port = (server.httpServer.address() as AddressInfo).port
})

afterAll(async () => {
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

function expectNoInternals(response: RawResponse) {
  expect(response.status).toBeLessThan(500)
  expect(response.body).not.toMatch(/\n\s+at |node_modules|file:\/\/|URIError/)
  expect(response.body).not.toContain(root)
}

describe('the preview host', () => {
  it('serves a built asset gzip-compressed and immutable', async () => {
    const response = await rawRequest(port, 'GET', '/assets/app-1234.js', GZIP)
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(response.headers['cache-control']).toContain('immutable')
    expect(response.body).toBe('console.log("app")')
  })

  it('sends the security headers with pages, assets and its own errors alike', async () => {
    for (const target of ['/', '/assets/app-1234.js', '/assets/x%.js', '/articles/any']) {
      const response = await rawRequest(port, 'GET', target, GZIP)
      expect(response.headers['content-security-policy'], target).toContain("script-src 'self'")
      expect(response.headers['x-content-type-options'], target).toBe('nosniff')
      expect(response.headers['referrer-policy'], target).toBe('no-referrer')
    }
  })

  it('never serves a sibling folder whose name starts like the build folder', async () => {
    for (const target of ['/%2e%2e/dist-secret/secret.js', '/assets/%2e%2e/%2e%2e/dist-secret/secret.js']) {
      const response = await rawRequest(port, 'GET', target, GZIP)
      expect(response.body, target).not.toContain('secret()')
      expectNoInternals(response)
    }
  })

  it.each(['/assets/x%.js', '/images/%zz.svg', '/assets/%E0%A4%A.css'])(
    'answers a malformed percent-escape (%s) with a plain 400, no stack trace',
    async (target) => {
      const response = await rawRequest(port, 'GET', target, GZIP)
      expect(response.status).toBe(400)
      expectNoInternals(response)
    },
  )

  it('answers TRACE to the API with a JSON 405, no stack trace', async () => {
    const response = await rawRequest(port, 'TRACE', '/api/articles')
    expect(response.status).toBe(405)
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'method_not_allowed' } })
    expectNoInternals(response)
  })

  it('preloads the very request the feed makes first', async () => {
    const response = await rawRequest(port, 'GET', '/')
    const feedFirstPage = `/api/articles?${articlePageQuery({ entities: [], match: 'all' }, null)}`
    expect(response.headers.link).toContain(`<${feedFirstPage}>; rel=preload; as=fetch`)
  })

  it('preloads the first photo of the feed, as the API gives it', async () => {
    const feedFirstPage = `/api/articles?${articlePageQuery({ entities: [], match: 'all' }, null)}`
    const first = JSON.parse((await rawRequest(port, 'GET', feedFirstPage)).body).items[0]
    const response = await rawRequest(port, 'GET', '/')
    expect(response.headers.link).toContain(`<${first.hero.src}>; rel=preload; as=image; fetchpriority=high`)
  })

  it("preloads an article page's code, data and photo", async () => {
    const slug = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
    const { article } = JSON.parse((await rawRequest(port, 'GET', `/api/articles/${slug}`)).body)
    const response = await rawRequest(port, 'GET', `/articles/${slug}`)
    expect(response.headers.link).toContain(`</api/articles/${slug}>; rel=preload; as=fetch; crossorigin=anonymous`)
    expect(response.headers.link).toContain(`<${article.hero.src}>; rel=preload; as=image; fetchpriority=high`)
    expect(response.headers.link).toContain('</assets/article-route-1234.js>; rel=modulepreload')
  })
})
