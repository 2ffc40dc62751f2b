// An article shows what it can: one bad part is dropped with a warning, not
// the whole article; what is too big is refused with an error that names the
// limit; a body that stalls after the headers is a timeout the reader retries.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { Article, ArticleSummary } from '../../src/api/schemas'
import { server } from '../msw-server'
import { renderApp } from '../render-app'

const summary = (index: number, patch: Partial<ArticleSummary> = {}): ArticleSummary => ({
  slug: `artikel-uji-${index}`,
  title: `Artikel uji nomor ${index}`,
  dek: 'Ringkasan artikel uji.',
  publishedAt: new Date(Date.UTC(2025, 7, 20, 12, 0) - index * 3_600_000).toISOString().replace('Z', '+00:00'),
  section: 'Internasional',
  hero: { src: '/images/uji.svg', width: 1200, height: 675, alt: 'Foto uji', caption: 'Keterangan', credits: [] },
  entities: [],
  readingMinutes: 2,
  ...patch,
})

const article = (patch: Record<string, unknown> = {}): Article =>
  ({
    ...summary(1, { title: 'Artikel yang tangguh' }),
    body: [{ type: 'paragraph', text: 'Paragraf pertama.', mentions: [] }],
    attribution: { origin: 'Uji', editor: 'U-1' },
    tags: [],
    related: [],
    ...patch,
  }) as Article

const serveArticle = (body: { article: Article }) =>
  server.use(http.get('*/api/articles/:slug', () => HttpResponse.json(body)))

const byText = (text: string) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && element.textContent === text

/** The error the article query failed with, as the reader's retry would see it. */
const articleError = (queryClient: ReturnType<typeof renderApp>['queryClient']) =>
  queryClient.getQueryCache().find({ queryKey: ['articles', 'detail', 'artikel-uji-1'] })?.state.error

describe('an article with a bad part', () => {
  it('one related article with an http: photo: the article and the other related ones show, one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const insecure = summary(3, { hero: { ...summary(3).hero, src: 'http://foto.example/uji.jpg' } })
    serveArticle({ article: article({ related: [summary(2), insecure, summary(4)] }) })
    renderApp('/articles/artikel-uji-1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Artikel yang tangguh' })).toBeInTheDocument()
    const related = screen.getByRole('region', { name: 'Artikel terkait' })
    expect(within(related).getByRole('link', { name: /Artikel uji nomor 2/ })).toBeInTheDocument()
    expect(within(related).getByRole('link', { name: /Artikel uji nomor 4/ })).toBeInTheDocument()
    expect(within(related).queryByRole('link', { name: /Artikel uji nomor 3/ })).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('a read-also block to a javascript: slug and a bad entity are dropped, the rest of the body shows', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    serveArticle({
      article: article({
        body: [
          { type: 'paragraph', text: 'Paragraf pertama.', mentions: [] },
          { type: 'readAlso', slug: 'javascript:alert(1)', title: 'klik' },
          { type: 'paragraph', text: 'Paragraf kedua.', mentions: [] },
        ],
        entities: [
          { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin' },
          { id: 'Bad Id', type: 'person', name: 'Siapa' },
        ],
      }),
    })
    renderApp('/articles/artikel-uji-1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Artikel yang tangguh' })).toBeInTheDocument()
    expect(screen.getByText(byText('Paragraf pertama.'))).toBeInTheDocument()
    expect(screen.getByText(byText('Paragraf kedua.'))).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'klik' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: /Vladimir Putin/ }).length).toBeGreaterThan(0)
    expect(screen.queryByText('Siapa')).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

describe('an article or a page past the limits', () => {
  it.each([
    ['a 10 MB title', { title: 'judul '.repeat(1_750_000) }, 'the title is longer than 300 characters'],
    ['a 1,000-block body', { body: Array(1_000).fill({ type: 'paragraph', text: 'x', mentions: [] }) }, 'blocks'],
  ])('%s is refused with an error that names the limit', async (_, patch, named) => {
    serveArticle({ article: article(patch) })
    const { queryClient } = renderApp('/articles/artikel-uji-1')
    expect(await screen.findByRole('alert')).toHaveTextContent('Server mengirim data yang tidak dapat kami baca.')
    expect(articleError(queryClient)?.message).toContain(named)
  })

  it('a paragraph longer than 20,000 characters is dropped, the rest shown', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    serveArticle({
      article: article({
        body: [
          { type: 'paragraph', text: 'kata '.repeat(210_000), mentions: [] },
          { type: 'paragraph', text: 'Paragraf pendek.', mentions: [] },
        ],
      }),
    })
    renderApp('/articles/artikel-uji-1')
    expect(await screen.findByText(byText('Paragraf pendek.'))).toBeInTheDocument()
    expect(
      screen.queryByText((_, element) => element?.tagName === 'P' && (element.textContent?.length ?? 0) > 20_000),
    ).not.toBeInTheDocument()
  })

  it('a page of 10,000 items is refused, not rendered', async () => {
    const items = Array.from({ length: 10_000 }, (_, index) => summary(index))
    server.use(
      http.get('*/api/articles', () => HttpResponse.json({ items, nextCursor: null, total: 10_000, facets: [] })),
    )
    const { queryClient } = renderApp('/')
    expect(await screen.findByRole('alert')).toHaveTextContent('Server mengirim data yang tidak dapat kami baca.')
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
    const error = queryClient.getQueryCache().findAll({ queryKey: ['articles', 'list'] })[0]?.state.error
    expect(error?.message).toContain('more than 100 items in a page')
  })
})

describe('a body that stalls after the headers', () => {
  it('is a timeout with a retry, not invalid data', async () => {
    const user = userEvent.setup()
    const realTimeout = AbortSignal.timeout.bind(AbortSignal)
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => realTimeout(100))
    let stall = true
    server.use(
      http.get('*/api/articles/:slug', () => {
        if (!stall) return HttpResponse.json({ article: article() })
        const body = new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(new TextEncoder().encode('{"article":{"slug":')),
        })
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      }),
    )
    renderApp('/articles/artikel-uji-1')
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('Server terlalu lama menjawab')
    stall = false
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Artikel yang tangguh' })).toBeInTheDocument()
  })
})
