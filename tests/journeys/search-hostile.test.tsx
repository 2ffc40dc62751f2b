// What search does with anything a reader can type or a link can carry: text
// stays text, the field stops at the API's limit, the API's 400s become hints.
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { server } from '../msw-server'
import { renderApp } from '../render-app'

const field = () => screen.findByRole('combobox', { name: 'Cari berita' })

async function searchFor(text: string) {
  const user = userEvent.setup()
  const view = renderApp('/')
  const input = await field()
  await user.click(input)
  await user.paste(text)
  await user.keyboard('{Enter}')
  return { ...view, user, input }
}

// The first search of a file builds the API's index: on a busy machine that takes seconds.
beforeAll(() => configure({ asyncUtilTimeout: 10_000 }))
afterAll(() => configure({ asyncUtilTimeout: 3000 }))

describe('hostile input to search', { timeout: 30_000 }, () => {
  it('HTML in q is searched for as text, never rendered', async () => {
    const q = '<img src=x onerror="alert(1)"><b>tarif</b>'
    const { router } = await searchFor(q)
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(q)
    expect(await screen.findByText(`0 artikel untuk “${q}”`)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: `Tidak ada artikel untuk “${q}”.` })).toBeInTheDocument()
    // The markup shows as its characters: no element was made of it.
    expect(screen.queryByText('tarif', { exact: true })).not.toBeInTheDocument()
    expect(screen.queryByRole('img', { name: '' })).not.toBeInTheDocument()
  })

  it('10,000 characters: the field stops at 200 and says so', async () => {
    const { input, router } = await searchFor('tarif '.repeat(2000).slice(0, 10_000))
    expect((input as HTMLInputElement).value).toHaveLength(200)
    expect(input).toHaveAccessibleDescription('Pencarian berhenti di 200 karakter.')
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    expect(new URLSearchParams(router.state.location.search).get('q')?.length).toBeLessThanOrEqual(200)
  })

  it('a shared link with a query over the limit shows a hint, and the field keeps 200 characters', async () => {
    server.use(
      http.get('*/api/articles', ({ request }) =>
        (new URL(request.url).searchParams.get('q')?.length ?? 0) > 200
          ? HttpResponse.json({ error: { code: 'query_too_long', message: 'q is too long' } }, { status: 400 })
          : undefined,
      ),
    )
    renderApp(`/search?q=${'a'.repeat(10_000)}`)
    expect(await screen.findByText('Pencarian terlalu panjang. Persingkat hingga 200 karakter.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Pencarian ini tidak dapat dijalankan' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(((await field()) as HTMLInputElement).value).toHaveLength(200)
  })

  it('a query of stop words only is a hint to add a word, not a broken page, asked for once', async () => {
    const asked: string[] = []
    server.use(
      http.get('*/api/articles', ({ request }) => {
        const url = new URL(request.url)
        if (!url.searchParams.has('q')) return undefined
        if (!url.searchParams.has('histogram')) asked.push(url.search)
        return HttpResponse.json(
          { error: { code: 'no_search_words', message: 'q has no searchable word' } },
          { status: 400 },
        )
      }),
    )
    await searchFor('yang dan di')
    expect(await screen.findByText(/^Tidak ada kata yang bisa dicari/)).toBeInTheDocument()
    expect(screen.queryByText('q has no searchable word')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    // The route's loader asked; the page, showing its answer, does not ask again for the same 400.
    expect(asked).toHaveLength(1)
  })

  it.each([
    ['right-to-left text', 'مرحبا بالعالم'],
    ['zero-width characters', 'ta\u200Brif\u200D\uFEFF'],
    ['emoji', '🇺🇦 perang 🕊️'],
    ['regex metacharacters', '.*+?^${}()|[]\\ tarif'],
  ])('%s are searched for as typed', async (_, q) => {
    const { router } = await searchFor(q)
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(q.trim())
    const status = await screen.findByText(/^\d+ artikel untuk “/)
    expect(status).toHaveTextContent(q.trim(), { normalizeWhitespace: false })
    expect(within(screen.getByRole('main')).queryByRole('alert')).not.toBeInTheDocument()
  })
})
