// Searching, as a reader does it: the header field, its suggestions, the results page.
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { server } from '../msw-server'
import { renderApp } from '../render-app'
import { entityQueries } from '../../src/api/entities'

const field = () => screen.getByRole('combobox', { name: 'Cari berita' })
const results = () => screen.findByRole('list', { name: 'Hasil pencarian' })
const suggestions = () => screen.findByRole('listbox', { name: 'Saran pencarian' })
const activeOption = () => {
  const id = field().getAttribute('aria-activedescendant')
  return id ? screen.getAllByRole('option').find((option) => option.id === id) : undefined
}

// The first search of a file builds the API's index: on a busy machine that takes seconds.
beforeAll(() => configure({ asyncUtilTimeout: 10_000 }))
afterAll(() => configure({ asyncUtilTimeout: 3000 }))

describe('searching from the header', { timeout: 30_000 }, () => {
  it('is in a search landmark on every page, and / focuses it from anywhere', async () => {
    const user = userEvent.setup()
    renderApp('/entities')
    // The combobox replaces the shell field the first screen shows, in the same search landmark.
    const combobox = await screen.findByRole('combobox', { name: 'Cari berita' })
    expect(combobox).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getByRole('search', { name: 'Cari berita' })).toContainElement(combobox)
    await screen.findByRole('heading', { level: 1 })
    await user.keyboard('/')
    expect(field()).toHaveFocus()
    expect(field()).toHaveValue('')
  })

  it('submits the typed text: results with a count, a snippet per card, reload and back restore them', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    await user.type(await screen.findByRole('combobox', { name: 'Cari berita' }), 'tarif{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Pencarian' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/search')
    expect(router.state.location.search).toBe('?q=tarif')
    await screen.findByText(/^\d+ artikel untuk “tarif”$/)
    const status = screen.getAllByRole('status').find((region) => /artikel untuk/.test(region.textContent ?? ''))
    expect(status).toHaveAttribute('aria-live', 'polite')
    const list = await results()
    expect(within(list).getAllByRole('article').length).toBeGreaterThan(0)
    // The field shows what was searched.
    expect(field()).toHaveValue('tarif')

    await router.navigate('/')
    await screen.findByRole('heading', { level: 1, name: 'Berita terbaru' })
    await router.navigate(-1)
    expect(await screen.findByText(/^\d+ artikel untuk “tarif”$/)).toBeInTheDocument()
    expect(field()).toHaveValue('tarif')
  })

  it('switches to the newest first and back, loads more, all in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=tarif')
    await screen.findByText(/^\d+ artikel untuk “tarif”$/)
    const relevance = screen.getByRole('radio', { name: 'Relevansi' })
    expect(relevance).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Terbaru' }))
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Terbaru' })).toBeChecked())
    await waitFor(() => expect(router.state.location.search).toBe('?q=tarif&sort=newest'))
    const list = await results()
    const dates = () =>
      within(list)
        .getAllByRole('article')
        .map((card) => within(card).getByRole('time').getAttribute('datetime') ?? '')
    await waitFor(() => expect(dates()).toEqual([...dates()].sort().reverse()))

    // Offered once the results are in the page whole.
    const more = await screen.findByRole('button', { name: 'Muat lebih banyak' })
    const before = within(list).getAllByRole('article').length
    await user.click(more)
    await waitFor(() => expect(within(list).getAllByRole('article').length).toBeGreaterThan(before))

    await router.navigate(-1)
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Relevansi' })).toBeChecked())
  })

  it('keeps the date histogram when the order changes: the counts are the same, asked for once', async () => {
    const user = userEvent.setup()
    const histograms: string[] = []
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url)
      if (url.searchParams.get('histogram') === 'day' && url.searchParams.has('q')) histograms.push(url.search)
    })
    const { router } = renderApp('/search?q=tarif')
    expect(await screen.findByRole('group', { name: 'Jumlah artikel per hari' })).toBeInTheDocument()
    await waitFor(() => expect(histograms).toHaveLength(1))
    await user.click(screen.getByRole('radio', { name: 'Terbaru' }))
    await waitFor(() => expect(router.state.location.search).toBe('?q=tarif&sort=newest'))
    await screen.findByText(/^\d+ artikel untuk “tarif”$/)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(histograms).toHaveLength(1)
  })

  it('narrows the results with an entity and offers to remove the filter when nothing is left', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=tarif')
    await screen.findByText(/^\d+ artikel untuk “tarif”$/)
    const filters = screen.getByRole('group', { name: 'Saring hasil' })
    const chips = () =>
      within(filters)
        .getAllByRole('button')
        .map((chip) => chip.textContent?.replace(/\d+$/, ''))
    const order = chips()
    await user.click(within(filters).getByRole('button', { name: /^India/ }))
    await waitFor(() =>
      expect(within(filters).getByRole('button', { name: /^India/ })).toHaveAttribute('aria-pressed', 'true'),
    )
    await waitFor(() => expect(router.state.location.search).toBe('?q=tarif&entity=india'))
    await screen.findByText(/^\d+ artikel untuk “tarif”$/)
    // The chips stay where they were: a chosen one moving to the front put another under the finger.
    await waitFor(() => expect(within(filters).getByRole('button', { name: /^India\s*\d/ })).toBeInTheDocument())
    expect(chips().filter((name) => order.includes(name))).toEqual(order.filter((name) => chips().includes(name)))

    await router.navigate('/search?q=tarif&entity=kim-jong-un')
    const empty = await screen.findByRole(
      'heading',
      { name: 'Tidak ada artikel untuk “tarif” dengan filter ini.' },
      { timeout: 6000 },
    )
    expect(empty).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Hapus filter' }))
    await waitFor(() => expect(router.state.location.search).toBe('?q=tarif'))
    expect(await results()).toBeInTheDocument()
  })

  it('names what a shared link asked for that it could not apply: an unknown id, a date that is no date', async () => {
    renderApp('/search?q=tarif&entity=tokoh-rekaan&entity=india&from=2025-13-40')
    expect(
      await screen.findByText(
        'Filter ini tidak dikenal dan diabaikan: “tokoh-rekaan”. Filter lainnya tetap diterapkan.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('Tanggal di alamat ini tidak dapat dibaca dan diabaikan.')).toBeInTheDocument()
    // The rest applies: results about India.
    await screen.findByText(/^\d+ artikel untuk “tarif”$/)
    expect(
      within(screen.getByRole('group', { name: 'Saring hasil' })).getByRole('button', { name: /^India/ }),
    ).toHaveAttribute('aria-pressed', 'true')
  })

  it('quotes a phrase search once, in the count and the page title', async () => {
    renderApp(`/search?q=${encodeURIComponent('"gencatan senjata"')}`)
    expect(await screen.findByText(/^\d+ artikel untuk “gencatan senjata”$/)).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('“gencatan senjata” · Cari · Warta'))
  })

  it('says what was searched when nothing matches, with a way back to the news', async () => {
    renderApp('/search?q=qwertyuiopzx')
    expect(await screen.findByRole('heading', { name: 'Tidak ada artikel untuk “qwertyuiopzx”.' })).toBeInTheDocument()
    expect(screen.getByText('0 artikel untuk “qwertyuiopzx”')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Lihat berita terbaru' })).toHaveAttribute('href', '/')
  })

  it('speaks English when the reader chose it', async () => {
    const user = userEvent.setup()
    const { readerData } = renderApp('/')
    await readerData.settings.update({ language: 'en' })
    const english = await screen.findByRole('combobox', { name: 'Search news' })
    await user.type(english, 'tarif{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument()
    expect(await screen.findByText(/^\d+ articles for “tarif”$/)).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Relevance' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Newest' })).toBeInTheDocument()
  })

  it('names the leaders and countries on every card from one subscription to the directory', async () => {
    const { readerData, queryClient } = renderApp('/search?q=tarif')
    await readerData.settings.update({ language: 'en' })
    const list = await screen.findByRole('list', { name: 'Search results' })
    // eslint-disable-next-line testing-library/no-node-access -- the list's wrapper says when the list is whole
    await waitFor(() => expect(list.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'))
    const cards = within(list).getAllByRole('article')
    expect(cards.length).toBeGreaterThanOrEqual(10)
    // The directory's English names, not the API's Indonesian ones the cards carry.
    expect(within(list).getAllByRole('link', { name: 'Show news about United States' }).length).toBeGreaterThan(0)
    expect(within(list).queryByRole('link', { name: /Amerika Serikat/ })).toBeNull()
    // One observer per card was made and dropped with each card as results changed (a long task on a slow phone).
    const directory = queryClient.getQueryCache().find({ queryKey: entityQueries.list().queryKey })
    expect(directory?.getObserversCount()).toBeLessThan(5)
  })

  it('suggests leaders and countries by name or alias; choosing one by keyboard filters the feed', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/entities')
    await user.type(await screen.findByRole('combobox', { name: 'Cari berita' }), 'xi')
    const list = await suggestions()
    const people = await within(list).findByRole('group', { name: 'Tokoh' })
    expect(within(people).getByRole('option', { name: /Xi Jinping/ })).toBeInTheDocument()
    expect(field()).toHaveAttribute('aria-expanded', 'true')
    expect(field()).toHaveAttribute('aria-controls', list.id)

    await user.keyboard('{ArrowDown}')
    expect(activeOption()).toHaveAccessibleName('Cari “xi”')
    await user.keyboard('{ArrowDown}')
    expect(activeOption()).toHaveAccessibleName(/Xi Jinping/)
    expect(activeOption()).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{End}')
    expect(activeOption()).toBe(within(list).getAllByRole('option').at(-1))
    await user.keyboard('{Home}')
    expect(activeOption()).toHaveAccessibleName('Cari “xi”')
    await user.keyboard('{ArrowDown}{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe('?entity=xi-jinping'))
    expect(router.state.location.pathname).toBe('/')
    expect(await screen.findByText(/^\d+ artikel tentang Xi Jinping$/)).toBeInTheDocument()
    expect(field()).toHaveValue('')
    expect(field()).toHaveAttribute('aria-expanded', 'false')
  })

  it('finds a country by its Indonesian alias, and Escape closes the list, then clears the field', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await user.type(await screen.findByRole('combobox', { name: 'Cari berita' }), 'amerika')
    const countries = await within(await suggestions()).findByRole('group', { name: 'Negara' })
    expect(within(countries).getByRole('option', { name: /Amerika Serikat/ })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(field()).toHaveAttribute('aria-expanded', 'false')
    expect(field()).toHaveValue('amerika')
    await user.keyboard('{Escape}')
    expect(field()).toHaveValue('')
  })

  it('leaves text never sent behind when the reader goes to another page, not while they type', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    await user.type(await screen.findByRole('combobox', { name: 'Cari berita' }), 'gencatan')
    // Still typing: a navigation the reader did not make from the field (a page's URL update, a link) keeps it.
    await router.navigate('/?entity=vladimir-putin')
    await router.navigate('/entities')
    expect(field()).toHaveValue('gencatan')
    await user.keyboard('{Escape}')
    await user.click(
      within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: /^Beranda/ }),
    )
    await screen.findByRole('heading', { level: 1, name: 'Berita terbaru' })
    expect(field()).toHaveValue('')
  })

  it('choosing an article title opens the article', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await user.type(await screen.findByRole('combobox', { name: 'Cari berita' }), 'alaska')
    const articles = await within(await suggestions()).findByRole('group', { name: 'Artikel' })
    const first = within(articles).getAllByRole('option')[0]!
    const title = first.textContent ?? ''
    await user.click(first)
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument()
  })

  it('asks nothing under 2 characters, waits for a pause, and keeps one request in flight', async () => {
    const user = userEvent.setup()
    const asked: string[] = []
    const aborted: string[] = []
    server.use(
      http.get('*/api/suggest', async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? ''
        asked.push(q)
        request.signal.addEventListener('abort', () => aborted.push(q))
        if (q === 'ze') await delay(1500)
      }),
    )
    renderApp('/')
    const input = await screen.findByRole('combobox', { name: 'Cari berita' })
    await user.type(input, 'z')
    expect(await screen.findByRole('option', { name: 'Cari “z”' })).toBeInTheDocument()
    await user.type(input, 'e')
    await waitFor(() => expect(asked).toEqual(['ze']))
    await user.type(input, 'lensky')
    expect(await screen.findByRole('option', { name: /Volodymyr Zelensky/ })).toBeInTheDocument()
    // Typed at once, "zel"…"zelensk" never waited out the pause; the slow "ze" was dropped for "zelensky".
    expect(asked).toEqual(['ze', 'zelensky'])
    expect(aborted).toEqual(['ze'])
  })
})
