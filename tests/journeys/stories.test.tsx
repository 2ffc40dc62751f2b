import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
const DONETSK = 'Putin Minta Seluruh Wilayah Oblast Donetsk sebagai Syarat Akhiri Perang Ukraina'

const datesOf = (container: HTMLElement) =>
  within(container)
    .getAllByRole('time')
    .map((time) => Date.parse(time.getAttribute('datetime') ?? ''))

describe('following a story', () => {
  it('shows the story so far on the article page, this article marked and not a link', async () => {
    const user = userEvent.setup()
    renderApp(SEED)
    const section = await screen.findByRole('region', { name: 'Perkembangan cerita' })
    expect(section).toHaveTextContent('Jalan menuju KTT Alaska')
    const items = within(section).getAllByRole('listitem')
    expect(items.length).toBeGreaterThanOrEqual(3)
    const dates = datesOf(section)
    expect(dates).toEqual([...dates].sort((a, b) => a - b))
    expect(within(section).getAllByText('9 Agustus 2025').length).toBeGreaterThan(0)

    const current = within(section).getByText(/putin telepon xi, lukashenko, dan modi/i)
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(current).toHaveTextContent('Artikel ini')
    expect(within(section).queryByRole('link', { name: /putin telepon xi/i })).not.toBeInTheDocument()

    await user.click(within(section).getByRole('link', { name: DONETSK }))
    expect(await screen.findByRole('heading', { level: 1, name: DONETSK })).toBeInTheDocument()
    const next = await screen.findByRole('region', { name: 'Perkembangan cerita' })
    expect(within(next).getByText(DONETSK)).toHaveAttribute('aria-current', 'page')
    expect(within(next).getByRole('link', { name: /putin telepon xi/i })).toBeInTheDocument()
  })

  it('opens the whole story, oldest first, from the article page', async () => {
    const user = userEvent.setup()
    renderApp(SEED)
    const section = await screen.findByRole('region', { name: 'Perkembangan cerita' })
    const count = within(section).getAllByRole('listitem').length
    await user.click(within(section).getByRole('link', { name: `Lihat seluruh cerita (${count} artikel)` }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Jalan menuju KTT Alaska' })).toBeInTheDocument()
    // Its dates as a range, written as the feed writes ranges: "2–16 Agustus 2025", the year once.
    const summary = screen.getByText(/dari yang terlama/).textContent ?? ''
    expect(summary.match(/2025/g)).toHaveLength(1)
    const list = screen.getByRole('list', { name: 'Artikel dalam cerita Jalan menuju KTT Alaska' })
    expect(within(list).getAllByRole('article')).toHaveLength(count)
    const dates = datesOf(list)
    expect(dates).toEqual([...dates].sort((a, b) => a - b))
    expect(within(list).getByRole('link', { name: /putin telepon xi/i })).toBeInTheDocument()
    // On the story's own page the cards do not link back to it.
    expect(within(list).queryByRole('link', { name: /^Cerita:/ })).not.toBeInTheDocument()
  })

  it('names a story of three or more articles on a feed card, and opens it', async () => {
    const user = userEvent.setup()
    renderApp('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    const cardOf = (title: RegExp) =>
      within(list)
        .getAllByRole('article')
        .find((card) => within(card).queryByRole('link', { name: title }))!
    // The SCO story has two articles: no link.
    expect(within(cardOf(/modi dan xi sepakat/i)).queryByRole('link', { name: /^Cerita:/ })).not.toBeInTheDocument()
    await user.click(
      within(cardOf(/lula mulai proses balasan/i)).getByRole('link', { name: 'Cerita: Tarif 50 persen mulai berlaku' }),
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Tarif 50 persen mulai berlaku' })).toBeInTheDocument()
    expect(screen.getByText(/^3 artikel, /)).toBeInTheDocument()
  })

  it('says so when a story does not exist', async () => {
    renderApp('/stories/tidak-ada')
    expect(await screen.findByRole('heading', { level: 1, name: 'Cerita tidak ditemukan' })).toBeInTheDocument()
  })
})
