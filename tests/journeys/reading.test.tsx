import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createDisk, openReaderData } from '../fake-reader-storage'
import { server } from '../msw-server'
import { gate, loadUntil, renderApp } from '../render-app'

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

describe('reading the feed', () => {
  it('lists articles newest first and loads more on request', async () => {
    const user = userEvent.setup()
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    // The first screen's cards come first, the rest of the page in a background render.
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(20))
    const dates = within(list)
      .getAllByRole('time')
      .map((time) => time.getAttribute('datetime') ?? '')
    expect(dates.map((d) => new Date(d).getTime())).toEqual(
      [...dates].map((d) => new Date(d).getTime()).sort((a, b) => b - a),
    )

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }))
    await waitFor(() => expect(within(list).getAllByRole('article').length).toBeGreaterThan(20))
  })

  it('opens the seed article from its card and shows the photo caption and both credits', async () => {
    const user = userEvent.setup()
    renderApp('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    // The seed (9 August) is older than the first page.
    await user.click(await loadUntil(user, list, /putin telepon xi/i))
    expect(
      await screen.findByRole('heading', { level: 1, name: /putin telepon xi, lukashenko, dan modi/i }),
    ).toBeInTheDocument()
    const hero = screen.getAllByRole('figure')[0]!
    expect(hero).toHaveTextContent('Presiden Rusia Vladimir Putin (kiri); Presiden AS Donald Trump (kanan).')
    expect(hero).toHaveTextContent('Foto: Sputnik/Kristina Kormilitsyna; Getty Images/Rebecca Noble')
    // The body past its first blocks, and the attribution after it, come a frame after the first paint.
    expect(await screen.findByText('(The Kyiv Independent/B-3)')).toBeInTheDocument()
    expect(screen.getByText('9 Agustus 2025, 08.30 WIB')).toBeInTheDocument()
  })

  it('follows a "Baca juga" link and comes back', async () => {
    const user = userEvent.setup()
    const { router } = renderApp(SEED)
    await screen.findByRole('heading', { level: 1, name: /putin telepon/i })
    // Each landmark is named by its label and its title, so the two can be told apart.
    const readAlso = screen.getAllByRole('complementary', { name: /^Baca juga / })
    expect(readAlso).toHaveLength(2)
    expect(readAlso[0]).toHaveAccessibleName(
      'Baca juga Putin Minta Seluruh Wilayah Oblast Donetsk sebagai Syarat Akhiri Perang Ukraina',
    )
    await user.click(
      within(readAlso[0]!).getByRole('link', {
        name: 'Putin Minta Seluruh Wilayah Oblast Donetsk sebagai Syarat Akhiri Perang Ukraina',
      }),
    )
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Putin Minta Seluruh Wilayah Oblast Donetsk sebagai Syarat Akhiri Perang Ukraina',
      }),
    ).toBeInTheDocument()
    await router.navigate(-1)
    expect(await screen.findByRole('heading', { level: 1, name: /putin telepon/i })).toBeInTheDocument()
    await user.click(within(screen.getAllByRole('complementary', { name: /^Baca juga / })[1]!).getByRole('link'))
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Trump Klaim Ada "Kemajuan Besar" dalam Pembicaraan Damai Ukraina-Rusia',
      }),
    ).toBeInTheDocument()
  })

  it('Back from an article gives the focus to its card in the list, so that j goes on from there', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    await waitFor(() => expect(within(list).getAllByRole('article').length).toBeGreaterThan(2))
    await user.keyboard('jj')
    const second = within(list).getAllByRole('article')[1]!
    const headline = within(second).getAllByRole('link')[0]!
    expect(headline).toHaveFocus()
    const title = headline.textContent ?? ''
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument()

    await router.navigate(-1)
    await waitFor(() => expect(screen.getByRole('link', { name: title })).toHaveFocus())
    await user.keyboard('j')
    const third = within(screen.getByRole('list', { name: 'Daftar artikel' })).getAllByRole('article')[2]!
    expect(within(third).getAllByRole('link')[0]).toHaveFocus()
  })

  it('after a navigation that first shows a skeleton, focus and the title still go to the new page', async () => {
    const user = userEvent.setup()
    const article = gate()
    server.use(
      http.get('*/api/articles/:slug', async () => {
        await article.opened
        return undefined
      }),
    )
    renderApp('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    const link = within(within(list).getAllByRole('article')[0]!).getAllByRole('link')[0]!
    const title = link.textContent ?? ''
    await user.click(link)
    expect(await screen.findByRole('status', { name: 'Memuat artikel…' })).toBeInTheDocument()
    expect(document.title).toBe('Memuat artikel… · Warta')
    article.open()
    const heading = await screen.findByRole('heading', { level: 1, name: title })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(document.title).toBe(`${title} · Warta`)
  })

  it('links mentions in the text to the leader or country', async () => {
    renderApp(SEED)
    await screen.findByRole('heading', { level: 1, name: /putin telepon/i })
    const mention = screen
      .getAllByRole('link', { name: 'Xi Jinping' })
      .find((link) => link.getAttribute('href') === '/entities/xi-jinping')
    expect(mention).toBeDefined()
  })

  it('opens a related article card', async () => {
    const user = userEvent.setup()
    renderApp(SEED)
    const related = await screen.findByRole('region', { name: 'Artikel terkait' })
    // Its own two related first, then those sharing the most leaders and countries.
    await waitFor(() => expect(within(related).getAllByRole('article').length).toBeGreaterThanOrEqual(3))
    const cards = within(related).getAllByRole('article')
    expect(within(cards[0]!).getByRole('link', { name: /Oblast Donetsk/ })).toBeInTheDocument()
    const link = within(within(cards[0]!).getByRole('heading', { level: 3 })).getByRole('link')
    const title = link.textContent ?? ''
    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument()
  })

  it('shows "article not found" with a way home for an unknown article slug', async () => {
    const user = userEvent.setup()
    renderApp('/articles/tidak-ada-artikel-seperti-ini')
    expect(await screen.findByRole('heading', { level: 1, name: 'Artikel tidak ditemukan' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Kembali ke beranda' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeInTheDocument()
  })

  it('shows "page not found" with a link home for any unknown route', async () => {
    renderApp('/ini/tidak/ada')
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Kembali ke beranda' })).toHaveAttribute('href', '/')
  })

  it('explains an API failure and recovers on retry', async () => {
    const user = userEvent.setup()
    let fail = true
    server.use(
      http.get('*/api/articles', () =>
        fail ? HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }) : undefined,
      ),
    )
    renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Server sedang bermasalah')
    expect(alert).not.toHaveTextContent('down')
    fail = false
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }))
    expect(await screen.findByRole('list', { name: 'Daftar artikel' })).toBeInTheDocument()
  })

  it('shares an article by copying its link where the browser cannot share, and says so', async () => {
    const user = userEvent.setup()
    renderApp(SEED)
    await screen.findByRole('heading', { level: 1, name: /putin telepon/i })
    await user.click(screen.getByRole('button', { name: 'Bagikan' }))
    expect(await screen.findByText('Tautan disalin')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toMatch(
      /\/articles\/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump$/,
    )
  })

  it('opens a photo larger in a dialog with its caption, and the close button returns focus to it', async () => {
    const user = userEvent.setup()
    renderApp(SEED)
    await screen.findByRole('heading', { level: 1, name: /putin telepon/i })
    const trigger = screen.getAllByRole('button', { name: /Perbesar foto/ })[0]!
    await user.click(trigger)
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('Getty Images/Rebecca Noble')
    await user.click(within(dialog).getByRole('button', { name: 'Tutup' }))
    expect(trigger).toHaveFocus()
  })

  it('speaks English when the reader switches language, and keeps the choice', async () => {
    const user = userEvent.setup()
    const disk = createDisk()
    const view = renderApp(SEED, { readerData: openReaderData(disk) })
    await screen.findByRole('heading', { level: 1, name: /putin telepon/i })
    expect(screen.getByText('Internasional')).toBeInTheDocument()
    // A name in the text keeps the article's word; its tooltip names the country in the reader's language.
    const mention = () => screen.getAllByRole('link', { name: 'Tiongkok' })[0]!
    await waitFor(() => expect(mention()).toHaveAttribute('title', 'Tiongkok'))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en')
    expect(await screen.findByText('9 August 2025, 08:30 WIB')).toBeInTheDocument()
    await waitFor(() => expect(mention()).toHaveAttribute('title', 'China'))
    // The section is the interface's word for it, not the API's.
    expect(screen.getByText('International')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    await waitFor(() => expect(disk.values.get('warta:settings')).toMatchObject({ data: { language: 'en' } }))

    // Kept: the app opened again in this browser speaks English from the start.
    view.unmount()
    renderApp(SEED, { readerData: openReaderData(disk) })
    expect(await screen.findByText('9 August 2025, 08:30 WIB')).toBeInTheDocument()
  })
})
