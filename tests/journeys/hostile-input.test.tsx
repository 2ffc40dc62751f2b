// What the app does with any response an API can send: never crash, never run
// a script, never show internals; always a way forward.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { Article, ArticleSummary } from '../../src/api/schemas'
import { createQueryClient } from '../../src/app/query-client'
import { server } from '../msw-server'
import { renderApp } from '../render-app'

const summary = (index: number, patch: Partial<ArticleSummary> = {}): ArticleSummary => ({
  slug: `artikel-uji-${index}`,
  title: `Artikel uji nomor ${index}`,
  dek: 'Ringkasan artikel uji.',
  publishedAt: new Date(Date.UTC(2025, 7, 20, 12, 0) - index * 3_600_000).toISOString().replace('Z', '+00:00'),
  section: 'Internasional',
  hero: {
    src: '/images/uji.svg',
    width: 1200,
    height: 675,
    alt: 'Foto uji',
    caption: 'Keterangan foto',
    credits: ['Uji/Foto'],
  },
  entities: [],
  readingMinutes: 2,
  ...patch,
})

const article = (patch: Partial<Article> = {}): Article => ({
  ...summary(1),
  body: [{ type: 'paragraph', text: 'Paragraf pertama.', mentions: [] }],
  attribution: { origin: 'Uji', editor: 'U-1' },
  tags: [],
  related: [],
  ...patch,
})

const listOf = (items: unknown[]) => HttpResponse.json({ items, nextCursor: null, total: items.length, facets: [] })

describe('hostile API responses', () => {
  it('503 then success: the app retries by itself and the reader never sees an error', async () => {
    let calls = 0
    server.use(
      http.get('*/api/articles', () =>
        calls++ === 0
          ? HttpResponse.json({ error: { code: 'unavailable', message: 'busy' } }, { status: 503 })
          : undefined,
      ),
    )
    renderApp('/', { queryClient: createQueryClient() })
    expect(await screen.findByRole('list', { name: 'Daftar artikel' }, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(calls).toBeGreaterThanOrEqual(2)
  })

  it('a 400 is explained as a request that cannot be answered, not as a server failure', async () => {
    server.use(
      http.get('*/api/articles', () =>
        HttpResponse.json({ error: { code: 'invalid_limit', message: 'limit must be an integer' } }, { status: 400 }),
      ),
    )
    renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Permintaan ini tidak dapat dipenuhi.')
    expect(alert).not.toHaveTextContent('Server sedang bermasalah')
    expect(alert).not.toHaveTextContent('limit must be')
  })

  it('a 404 for an article is the not-found page', async () => {
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({ error: { code: 'not_found', message: 'no' } }, { status: 404 }),
      ),
    )
    renderApp('/articles/hilang')
    expect(await screen.findByRole('heading', { level: 1, name: 'Artikel tidak ditemukan' })).toBeInTheDocument()
  })

  it.each([
    ['/articles/hilang', 'Artikel tidak ditemukan'],
    ['/entities/hilang', 'Tokoh atau negara tidak ditemukan'],
    ['/stories/hilang', 'Cerita tidak ditemukan'],
  ])(
    'asks for %s once: the 404 its loader got is the page, not asked again as the page mounts',
    async (path, title) => {
      const asked: string[] = []
      server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname))
      renderApp(path)
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument()
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(asked.filter((pathname) => pathname === `/api${path}`)).toEqual([`/api${path}`])
    },
  )

  it('a truncated body is an error with retry, not a crash', async () => {
    server.use(
      http.get(
        '*/api/articles',
        () => new HttpResponse('{"items":[{"slug":"a', { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Server mengirim data yang tidak dapat kami baca.')
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument()
  })

  it('a body that fails the schema is an error, and shows no internals', async () => {
    server.use(
      http.get('*/api/articles/:slug', () => HttpResponse.json({ article: { slug: 42, stack: 'at secret.ts:1' } })),
    )
    renderApp('/articles/apa-saja')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Server mengirim data yang tidak dapat kami baca.')
    expect(document.body).not.toHaveTextContent('secret.ts')
  })

  it('one bad item among fifty: shows the forty-nine, warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const items: unknown[] = Array.from({ length: 50 }, (_, index) => summary(index))
    items[17] = {
      ...summary(17),
      hero: { src: 'javascript:alert(1)', width: 1, height: 1, alt: '', caption: '', credits: [] },
    }
    server.use(http.get('*/api/articles', () => listOf(items)))
    renderApp('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(49))
    expect(within(list).queryByRole('link', { name: 'Artikel uji nomor 17' })).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('a response that never comes times out with a message and a retry', async () => {
    const user = userEvent.setup()
    const realTimeout = AbortSignal.timeout.bind(AbortSignal)
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => realTimeout(100))
    let hang = true
    server.use(
      http.get('*/api/articles', async () => {
        if (hang) await delay('infinite')
        return undefined
      }),
    )
    renderApp('/')
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('Server terlalu lama menjawab')
    hang = false
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }))
    expect(await screen.findByRole('list', { name: 'Daftar artikel' })).toBeInTheDocument()
  })

  it('while the API is slow the page shows its skeleton, never a blank screen', async () => {
    server.use(
      http.get('*/api/articles', async () => {
        await delay('infinite')
      }),
    )
    renderApp('/')
    expect(await screen.findByRole('status', { name: 'Memuat artikel…' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeInTheDocument()
  })

  it('HTML and script in every text field are shown as text', async () => {
    // Whether such text could run is checked in a real browser (tests/e2e/hostile.spec.ts): jsdom runs none.
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({
          article: article({
            title: `Judul ${evil}`,
            dek: evil,
            section: evil,
            hero: { src: '/images/uji.svg', width: 1200, height: 675, alt: evil, caption: evil, credits: [evil] },
            entities: [{ id: 'vladimir-putin', type: 'person', name: evil }],
            body: [
              {
                type: 'paragraph',
                text: `Awal ${evil} akhir`,
                mentions: [{ start: 0, end: 4, entityId: 'vladimir-putin' }],
              },
              { type: 'readAlso', slug: 'artikel-lain', title: evil },
              {
                type: 'figure',
                photo: { src: '/images/uji.svg', width: 10, height: 10, alt: evil, caption: evil, credits: [evil] },
              },
            ],
            attribution: { origin: evil, editor: evil },
          }),
        }),
      ),
    )
    renderApp('/articles/artikel-uji-1')
    expect(await screen.findByRole('heading', { level: 1, name: `Judul ${evil}` })).toBeInTheDocument()
    expect(document.body).not.toContainHTML('<script>')
    expect(screen.getAllByRole('img', { hidden: true }).map((img) => img.getAttribute('src'))).not.toContain('x')
  })

  it('javascript: and data: URLs are refused by the schema', async () => {
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({
          article: article({ hero: { ...summary(1).hero, src: 'data:image/svg+xml,<svg onload=alert(1)>' } }),
        }),
      ),
    )
    renderApp('/articles/artikel-uji-1')
    expect(await screen.findByRole('alert')).toHaveTextContent('Server mengirim data yang tidak dapat kami baca.')
    expect(
      screen.queryAllByRole('img', { hidden: true }).filter((img) => img.getAttribute('src')?.startsWith('data:')),
    ).toEqual([])
  })

  it('mention spans out of range or overlapping are ignored, the text kept whole', async () => {
    const text = 'Putin bertemu Trump di Alaska.'
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({
          article: article({
            body: [
              {
                type: 'paragraph',
                text,
                mentions: [
                  { start: 0, end: 5, entityId: 'vladimir-putin' },
                  { start: 3, end: 9, entityId: 'rusia' },
                  { start: 20, end: 999, entityId: 'donald-trump' },
                ],
              },
            ],
          }),
        }),
      ),
    )
    renderApp('/articles/artikel-uji-1')
    await screen.findByRole('heading', { level: 1 })
    expect(
      screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Putin' })).toHaveAttribute('href', '/entities/vladimir-putin')
  })
})
