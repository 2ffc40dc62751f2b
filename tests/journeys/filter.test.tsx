import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { getCorpus } from '../../mocks/corpus'
import { server } from '../msw-server'
import { gate, loadUntil, renderApp } from '../render-app'

const SEED_TITLE = /putin telepon xi, lukashenko, dan modi/i

// The leader the first journeys add to Xi and Modi, derived from the corpus: the
// most-mentioned person never named in one article with both of them.
const corpus = getCorpus()
const mentions = (article: (typeof corpus.articles)[number]) => new Set(article.article.entities.map(({ id }) => id))
const xiAndModi = corpus.articles.map(mentions).filter((ids) => ids.has('xi-jinping') && ids.has('narendra-modi'))
const third = corpus.entities
  .filter((entity) => entity.type === 'person' && !xiAndModi.some((ids) => ids.has(entity.id)))
  .sort((a, b) => b.articleCount - a.articleCount)[0]!

const filterPanel = () => screen.findByRole('complementary', { name: 'Saring berita' })
const feedList = () => screen.findByRole('list', { name: 'Daftar artikel' })
// ArticleList marks its wrapper busy, around the list.
// eslint-disable-next-line testing-library/no-node-access
const busyWrapper = (list: HTMLElement) => list.closest('[aria-busy]')
const activeFilters = () => screen.getByRole('region', { name: 'Filter aktif' })

describe('filtering the feed by leader or country', () => {
  it('narrows to Xi Jinping, adds Modi and a leader never named with both under "semua", then switches to "salah satu"', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    const panel = await filterPanel()
    expect(await within(panel).findByRole('radio', { name: /semua/ })).toBeChecked()

    await user.click(await within(panel).findByRole('button', { name: /^Xi Jinping,/ }))
    expect(await within(await feedList()).findByRole('link', { name: SEED_TITLE })).toBeVisible()
    expect(router.state.location.search).toBe('?entity=xi-jinping')
    expect(within(panel).getByRole('button', { name: /^Xi Jinping,/ })).toHaveAttribute('aria-pressed', 'true')
    expect(await screen.findByText(/^\d+ artikel tentang Xi Jinping$/)).toBeInTheDocument()

    await user.click(within(panel).getByRole('button', { name: /^Narendra Modi,/ }))
    expect(await screen.findByText(/^\d+ artikel tentang Xi Jinping dan Narendra Modi$/)).toBeInTheDocument()
    expect(await within(await feedList()).findByRole('link', { name: SEED_TITLE })).toBeVisible()
    expect(router.state.location.search).toBe('?entity=xi-jinping&entity=narendra-modi')

    // No article mentions the third with both: with "semua" nothing is left, and the way out is offered.
    await user.click(within(panel).getByRole('button', { name: new RegExp(`^${third.name},`) }))
    expect(await screen.findByText('Tidak ada artikel yang menyebut semuanya sekaligus.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: SEED_TITLE })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: `Hapus filter terakhir (${third.name})` })).toBeInTheDocument()
    expect(screen.getByText(`0 artikel tentang Xi Jinping, Narendra Modi dan ${third.name}`)).toBeInTheDocument()

    await user.click(within(panel).getByRole('radio', { name: /salah satu/ }))
    const anyOfThem = new RegExp(`^\\d+ artikel tentang Xi Jinping, Narendra Modi atau ${third.name}$`)
    await screen.findByText(anyOfThem)
    expect(await loadUntil(user, await feedList(), SEED_TITLE)).toBeVisible()
    expect(router.state.location.search).toBe(`?entity=xi-jinping&entity=narendra-modi&entity=${third.id}&match=any`)
    expect(screen.getByText(anyOfThem)).toBeInTheDocument()
  })

  it("shows the chosen leader first among each card's chips, so that every card says why it is listed", async () => {
    renderApp('/?entity=vladimir-putin')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    await waitFor(() => expect(within(list).getAllByRole('article').length).toBeGreaterThan(5))
    for (const card of within(list).getAllByRole('article')) {
      const chips = within(card).getByRole('list', { name: 'Tokoh dan negara dalam artikel ini' })
      expect(within(chips).getAllByRole('link')[0]).toHaveAccessibleName('Tampilkan berita tentang Vladimir Putin')
    }
  })

  it('removes filters one chip at a time, and all at once', async () => {
    const user = userEvent.setup()
    const { router } = renderApp(`/?entity=xi-jinping&entity=narendra-modi&entity=${third.id}`)
    expect(await screen.findByText('Tidak ada artikel yang menyebut semuanya sekaligus.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: `Hapus filter terakhir (${third.name})` }))
    expect(await within(await feedList()).findByRole('link', { name: SEED_TITLE })).toBeVisible()
    expect(router.state.location.search).toBe('?entity=xi-jinping&entity=narendra-modi')

    await user.click(within(activeFilters()).getByRole('button', { name: 'Hapus filter Xi Jinping' }))
    await waitFor(() => expect(router.state.location.search).toBe('?entity=narendra-modi'))
    expect(within(activeFilters()).getAllByRole('listitem')).toHaveLength(1)
    // Focus moves to the chip that took the removed one's place, never to the page body.
    expect(within(activeFilters()).getByRole('button', { name: 'Hapus filter Narendra Modi' })).toHaveFocus()

    await user.click(await screen.findByRole('button', { name: /^Tiongkok,/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?entity=narendra-modi&entity=tiongkok'))
    await user.click(within(activeFilters()).getByRole('button', { name: 'Hapus semua' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(screen.queryByRole('region', { name: 'Filter aktif' })).not.toBeInTheDocument()
    expect(await screen.findByText(/^\d+ artikel$/)).toBeInTheDocument()
  })

  it('unselecting an entry shown only because it was selected keeps it, and focus, in place', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/?entity=luiz-inacio-lula-da-silva')
    const panel = await filterPanel()
    const lula = await within(panel).findByRole('button', { name: /^Luiz Inácio Lula da Silva,/, pressed: true })
    await user.click(lula)
    await waitFor(() => expect(router.state.location.search).toBe(''))
    const after = within(panel).getByRole('button', { name: /^Luiz Inácio Lula da Silva,/, pressed: false })
    expect(after).toHaveFocus()
  })

  it('restores the same filter and results from the URL, on reload and on back and forward', async () => {
    const user = userEvent.setup()
    const url = '/?entity=xi-jinping&entity=narendra-modi&match=any'
    const { router, unmount } = renderApp(url)
    const list = await feedList()
    await loadUntil(user, list, SEED_TITLE)
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent)
    const panel = await filterPanel()
    expect(await within(panel).findByRole('radio', { name: /salah satu/ })).toBeChecked()
    expect(within(panel).getByRole('button', { name: /^Xi Jinping,/ })).toHaveAttribute('aria-pressed', 'true')
    expect(within(panel).getByRole('button', { name: /^Narendra Modi,/ })).toHaveAttribute('aria-pressed', 'true')

    // Back and forward.
    await user.click(within(panel).getByRole('radio', { name: /semua/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?entity=xi-jinping&entity=narendra-modi'))
    await router.navigate(-1)
    await waitFor(() => expect(within(panel).getByRole('radio', { name: /salah satu/ })).toBeChecked())
    await router.navigate(1)
    await waitFor(() => expect(within(panel).getByRole('radio', { name: /semua/ })).toBeChecked())
    unmount()

    // A reload, or the same link opened by a friend: a fresh app at the same URL.
    renderApp(url)
    const again = await feedList()
    await loadUntil(user, again, SEED_TITLE)
    expect(
      within(again)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(titles)
    expect(within(activeFilters()).getByRole('button', { name: 'Hapus filter Xi Jinping' })).toBeInTheDocument()
    expect(within(activeFilters()).getByRole('button', { name: 'Hapus filter Narendra Modi' })).toBeInTheDocument()
  })

  it('names an unknown id from the URL and still applies the rest', async () => {
    renderApp('/?entity=xi-jinping&entity=tokoh-rekaan')
    expect(
      await screen.findByText(
        /Filter ini tidak dikenal dan diabaikan: “tokoh-rekaan”\. Filter lainnya tetap diterapkan\./,
      ),
    ).toBeInTheDocument()
    expect(await within(await feedList()).findByRole('link', { name: SEED_TITLE })).toBeVisible()
    expect(within(activeFilters()).getByRole('button', { name: 'Hapus filter Xi Jinping' })).toBeInTheDocument()
    expect(screen.getByText(/^\d+ artikel tentang Xi Jinping$/)).toBeInTheDocument()
  })

  it('with a slow directory, an unknown id still never reaches the API', async () => {
    const directory = gate()
    server.use(
      // The directory answers only once the URL's filter is on screen without it.
      http.get('*/api/entities', async () => {
        await directory.opened
        return undefined
      }),
      http.get('*/api/articles', ({ request }) => {
        if (new URL(request.url).searchParams.getAll('entity').includes('tokoh-rekaan'))
          throw new Error('an unknown id reached the API')
        return undefined
      }),
    )
    renderApp('/?entity=xi-jinping&entity=tokoh-rekaan')
    expect(await screen.findByRole('button', { name: 'Hapus filter tokoh-rekaan' })).toBeInTheDocument()
    directory.open()
    expect(await screen.findByText(/Filter ini tidak dikenal dan diabaikan: “tokoh-rekaan”/)).toBeInTheDocument()
    expect(await within(await feedList()).findByRole('link', { name: SEED_TITLE })).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('finds people and countries in the panel by name or alias, ignoring case and diacritics', async () => {
    const user = userEvent.setup()
    renderApp('/')
    const panel = await filterPanel()
    const search = within(panel).getByRole('searchbox', { name: 'Cari tokoh atau negara' })
    await within(panel).findByRole('button', { name: /^Donald Trump,/ })

    const results = () =>
      within(panel)
        .getAllByRole('button', { pressed: false })
        .map((button) => button.textContent)
    await user.type(search, 'tiongkok')
    expect(results()).toEqual([expect.stringMatching(/Tiongkok/)])
    await user.clear(search)
    await user.type(search, 'CHINA')
    expect(results()).toEqual([expect.stringMatching(/Tiongkok/)])
    await user.clear(search)
    await user.type(search, 'xi')
    expect(results()).toEqual([expect.stringMatching(/Xi Jinping/)])
    await user.clear(search)
    await user.type(search, 'zelenskyy')
    expect(results()).toEqual([expect.stringMatching(/Volodymyr Zelensky/)])
    await user.clear(search)
    await user.type(search, 'erdoğan')
    expect(results()).toEqual([expect.stringMatching(/Recep Tayyip Erdogan/)])
    await user.clear(search)
    await user.type(search, 'belarusia')
    await user.click(within(panel).getByRole('button', { name: /^Belarus,/ }))
    expect(await screen.findByText(/^\d+ artikel tentang Belarus$/)).toBeInTheDocument()

    await user.clear(search)
    await user.type(search, 'atlantis')
    expect(within(panel).getByText('Tidak ada tokoh atau negara yang cocok dengan “atlantis”.')).toBeInTheDocument()
  })

  it('keeps the previous list on screen, marked busy, while new results load', async () => {
    const user = userEvent.setup()
    const filtered = gate()
    // Filtered requests wait for the gate, then fall through to the mock API.
    server.use(
      http.get('*/api/articles', async ({ request }) => {
        if (new URL(request.url).searchParams.has('entity')) await filtered.opened
      }),
    )
    renderApp('/')
    const list = await feedList()
    const before = within(list).getAllByRole('article').length
    const panel = await filterPanel()
    await user.click(within(panel).getByRole('button', { name: /^Xi Jinping,/ }))

    expect(within(panel).getByRole('button', { name: /^Xi Jinping,/ })).toHaveAttribute('aria-pressed', 'true')
    expect(within(activeFilters()).getByRole('button', { name: 'Hapus filter Xi Jinping' })).toBeInTheDocument()
    expect(busyWrapper(list)).toHaveAttribute('aria-busy', 'true')
    expect(within(list).getAllByRole('article')).toHaveLength(before)
    expect(screen.queryByRole('status', { name: 'Memuat artikel…' })).not.toBeInTheDocument()

    filtered.open()
    expect(await screen.findByText(/^\d+ artikel tentang Xi Jinping$/)).toBeInTheDocument()
    expect(await within(await feedList()).findByRole('link', { name: SEED_TITLE })).toBeVisible()
    // Busy until the new list is in the page whole (a screenful first, then a few cards a frame).
    await waitFor(async () => expect(busyWrapper(await feedList())).toHaveAttribute('aria-busy', 'false'))
  })

  it('opens the feed filtered by a leader or country from a chip on a card', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    const [card] = within(await feedList()).getAllByRole('article')
    const [chip] = within(card!).getAllByRole('link', { name: /^Tampilkan berita tentang / })
    const name = chip!.getAttribute('aria-label')!.replace('Tampilkan berita tentang ', '')
    await user.click(chip!)
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?entity=[a-z0-9-]+$/))
    expect(await screen.findByText(new RegExp(`^\\d+ artikel tentang ${name}$`))).toBeInTheDocument()
    expect(within(activeFilters()).getByRole('button', { name: `Hapus filter ${name}` })).toBeInTheDocument()
  })

  it('shows names in English when the reader switches language', async () => {
    const user = userEvent.setup()
    renderApp('/?entity=tiongkok')
    await screen.findByText(/^\d+ artikel tentang Tiongkok$/)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en')
    expect(await screen.findByText(/^\d+ articles about China$/)).toBeInTheDocument()
    const panel = await screen.findByRole('complementary', { name: 'Filter news' })
    expect(within(panel).getByRole('button', { name: /^China,/ })).toHaveAttribute('aria-pressed', 'true')
    expect(
      within(screen.getByRole('region', { name: 'Active filters' })).getByRole('button', {
        name: 'Remove filter China',
      }),
    ).toBeInTheDocument()
  })
})
