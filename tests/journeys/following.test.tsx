import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { decodeDocument, encodeDocument } from '../../src/reader-data/kind-store'
import { followsKind, type Follows } from '../../src/reader-data/follows'
import { visitsKind, type Visits } from '../../src/reader-data/visits'
import { createDisk, openReaderData, type Disk } from '../fake-reader-storage'
import { renderApp } from '../render-app'

// The corpus runs to 31 August 2025: the reader comes back the next day.
const NOW = new Date('2025-09-01T08:00:00Z')
/** When the reader's last visit to the following page began: articles published after it are new. */
const LAST_VISIT = '2025-08-30T00:00:00.000Z'

let disk: Disk

function renderTab(path: string, options: Parameters<typeof openReaderData>[1] = {}) {
  return renderApp(path, { readerData: openReaderData(disk, { now: () => NOW, ...options }) })
}

function storedFollows(): string[] {
  const decoded = decodeDocument(followsKind, disk.values.get('warta:follows'))
  return decoded.kind === 'ok' ? decoded.value.map((follow) => follow.id) : []
}

function storedVisits(): Visits {
  const decoded = decodeDocument(visitsKind, disk.values.get('warta:visits'))
  return decoded.kind === 'ok' ? decoded.value : {}
}

const follows = (...ids: string[]): Follows => ids.map((id) => ({ id, followedAt: '2025-08-01T00:00:00.000Z' }))

/** A reader who follows Putin and Kazakhstan, and last looked at the page on 30 August. */
function followingPutinAndKazakhstan() {
  disk.values.set('warta:follows', encodeDocument(followsKind, follows('vladimir-putin', 'kazakhstan')))
  disk.values.set(
    'warta:visits',
    encodeDocument(visitsKind, {
      following: { previous: '2025-08-20T00:00:00.000Z', current: LAST_VISIT, left: '2025-08-30T00:10:00.000Z' },
    }),
  )
}

const mainNav = () => screen.getByRole('navigation', { name: 'Navigasi utama' })

beforeEach(() => {
  disk = createDisk()
})

describe('following leaders and countries', () => {
  it('follows and unfollows from the entity page, saying "Diikuti" only once stored', async () => {
    const user = userEvent.setup()
    renderTab('/entities/vladimir-putin')
    // The entity page's code loads first (its charts): more patience than for a click.
    const toggle = await screen.findByRole('button', { name: 'Ikuti Vladimir Putin' }, { timeout: 10_000 })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    const followed = await screen.findByRole('button', { name: 'Diikuti Vladimir Putin' })
    expect(followed).toHaveAttribute('aria-pressed', 'true')
    expect(followed).toHaveAttribute('aria-busy', 'false')
    expect(storedFollows()).toEqual(['vladimir-putin'])
    await user.click(followed)
    await screen.findByRole('button', { name: 'Ikuti Vladimir Putin' })
    expect(storedFollows()).toEqual([])
  })

  it('shows a follow as pending until storage answers, and reports a follow storage never answers', async () => {
    const user = userEvent.setup()
    renderTab('/entities/kazakhstan', { timeoutMs: 1500 })
    const toggle = await screen.findByRole('button', { name: 'Ikuti Kazakhstan' }, { timeout: 10_000 })
    disk.faults.writeNever = true
    await user.click(toggle)
    const pending = await screen.findByRole('button', { name: 'Mengikuti… Kazakhstan' })
    expect(pending).toHaveAttribute('aria-busy', 'true')
    expect(pending).toHaveAttribute('aria-pressed', 'true')
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /Penyimpanan browser tidak menjawab/,
    )
    expect(screen.getByRole('button', { name: 'Ikuti Kazakhstan' })).toHaveAttribute('aria-pressed', 'false')
  })

  it('reports a follow storage refuses, and shows what is stored', async () => {
    const user = userEvent.setup()
    renderTab('/entities/kazakhstan')
    const toggle = await screen.findByRole('button', { name: 'Ikuti Kazakhstan' })
    disk.faults.write = true
    await user.click(toggle)
    expect(await screen.findByRole('alert')).toHaveTextContent(/Tidak dapat mengikuti/)
    expect(screen.getByRole('button', { name: 'Ikuti Kazakhstan' })).toHaveAttribute('aria-pressed', 'false')
    expect(storedFollows()).toEqual([])
  })

  it('follows from a row of the directory, a country as well as a leader', async () => {
    const user = userEvent.setup()
    renderTab('/entities')
    const russia = await screen.findByRole('region', { name: /Rusia/ })
    await user.click(within(russia).getByRole('button', { name: 'Ikuti Vladimir Putin' }))
    await user.click(within(russia).getByRole('button', { name: 'Ikuti Rusia' }))
    await within(russia).findByRole('button', { name: 'Diikuti Rusia' })
    expect(within(russia).getByRole('button', { name: 'Diikuti Vladimir Putin' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(storedFollows()).toEqual(['vladimir-putin', 'rusia'])
  })

  it('follows from the feed’s active filter chips', async () => {
    const user = userEvent.setup()
    renderTab('/?entity=xi-jinping')
    const chips = await screen.findByRole('region', { name: 'Filter aktif' })
    await user.click(await within(chips).findByRole('button', { name: 'Ikuti Xi Jinping' }))
    await within(chips).findByRole('button', { name: 'Diikuti Xi Jinping' })
    expect(storedFollows()).toEqual(['xi-jinping'])
  })

  it('shows the most covered leaders to follow in one tap when nothing is followed yet', async () => {
    const user = userEvent.setup()
    renderTab('/following')
    expect(await screen.findByRole('heading', { level: 1, name: 'Diikuti' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Anda belum mengikuti siapa pun' })).toBeInTheDocument()
    const suggestions = screen.getByRole('region', { name: 'Tokoh yang paling banyak diberitakan' })
    const toggles = await within(suggestions).findAllByRole('button', { name: /^Ikuti / })
    expect(toggles).toHaveLength(6)
    await user.click(toggles[0]!)
    // Following one turns the page into their news.
    expect(await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })).toBeInTheDocument()
    expect(storedFollows()).toHaveLength(1)
  })
})

describe('the following page and what is new', () => {
  it('lists the articles about any followed entity, newest first, marks the new ones and counts them in the nav', async () => {
    followingPutinAndKazakhstan()
    renderTab('/following')
    const list = await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
    const cards = within(list).getAllByRole('article')
    // Each card's date is a <time>, titled with the full date.
    const publishedAt = (card: HTMLElement) => Date.parse(within(card).getByTitle(/2025/).getAttribute('datetime')!)
    const times = cards.map(publishedAt)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    const status = await screen.findByText(/artikel baru sejak kunjungan terakhir Anda/)
    const newCount = Number(/^\d+/.exec(status.textContent ?? '')![0])
    expect(newCount).toBeGreaterThan(0)
    const marked = cards.filter((card) => within(card).queryByText('Baru'))
    expect(marked).toHaveLength(Math.min(newCount, cards.length))
    for (const card of cards) {
      expect(within(card).queryByText('Baru') !== null).toBe(publishedAt(card) > Date.parse(LAST_VISIT))
    }
    expect(
      within(mainNav()).getByRole('link', { name: new RegExp(`^Diikuti.*\\(${newCount} artikel baru\\)$`) }),
    ).toBeVisible()
  })

  it('on the first visit, counts what is new from the first follow and says so', async () => {
    // Followed on 28 August; the following page never opened.
    disk.values.set(
      'warta:follows',
      encodeDocument(followsKind, [{ id: 'vladimir-putin', followedAt: '2025-08-28T00:00:00.000Z' }]),
    )
    renderTab('/following')
    const list = await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
    const status = await screen.findByText(/^\d+ artikel baru sejak Anda mulai mengikuti$/)
    expect(screen.queryByText(/kunjungan terakhir/)).not.toBeInTheDocument()
    const newCount = Number(/^\d+/.exec(status.textContent ?? '')![0])
    expect(newCount).toBeGreaterThan(0)
    expect(within(list).getAllByText('Baru')).toHaveLength(
      Math.min(newCount, within(list).getAllByRole('article').length),
    )
  })

  it('narrows the list to one followed entity by its chip, which carries its count of new articles', async () => {
    const user = userEvent.setup()
    followingPutinAndKazakhstan()
    const { router } = renderTab('/following')
    const chips = await screen.findByRole('region', { name: 'Yang Anda ikuti' })
    const kazakhstan = await within(chips).findByRole('button', { name: /^Kazakhstan/ })
    expect(kazakhstan).toHaveAttribute('aria-pressed', 'false')
    await user.click(kazakhstan)
    await waitFor(() => expect(router.state.location.search).toBe('?entity=kazakhstan'))
    await waitFor(() => expect(kazakhstan).toHaveAttribute('aria-pressed', 'true'))
    expect(within(chips).getByRole('button', { name: /^Vladimir Putin \d+ baru$/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    // Nothing about Kazakhstan since the last visit: the count and the marks follow the narrowing.
    const list = await screen.findByRole('list', { name: 'Artikel tentang Kazakhstan' })
    expect(within(list).getAllByRole('article').length).toBeGreaterThan(0)
    expect(await screen.findByText('Tidak ada artikel baru sejak kunjungan terakhir Anda.')).toBeInTheDocument()
    expect(within(list).queryByText('Baru')).not.toBeInTheDocument()
    await user.click(kazakhstan)
    await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
  })

  it('unfollows the one narrowed to, and follows it again from the same toggle', async () => {
    const user = userEvent.setup()
    followingPutinAndKazakhstan()
    renderTab('/following?entity=kazakhstan')
    await screen.findByRole('list', { name: 'Artikel tentang Kazakhstan' })
    const toggle = screen.getByRole('button', { name: 'Diikuti Kazakhstan' })
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await user.click(toggle)
    await waitFor(() => expect(storedFollows()).toEqual(['vladimir-putin']))
    // The list is about what is still followed; the toggle stays, with the focus, to follow again.
    await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
    const chips = screen.getByRole('region', { name: 'Yang Anda ikuti' })
    expect(within(chips).queryByRole('button', { name: /^Kazakhstan/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ikuti Kazakhstan' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Ikuti Kazakhstan' }))
    await waitFor(() => expect(storedFollows()).toEqual(['vladimir-putin', 'kazakhstan']))
    await screen.findByRole('list', { name: 'Artikel tentang Kazakhstan' })
  })

  it('hides the articles already read, and narrowing by a chip keeps them hidden', async () => {
    const user = userEvent.setup()
    followingPutinAndKazakhstan()
    const readerData = openReaderData(disk, { now: () => NOW })
    const { router } = renderApp('/following', { readerData })
    const list = await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
    const [first] = within(list).getAllByRole('article')
    const firstTitle = within(first!).getByRole('heading').textContent!
    await act(() => readerData.readMarks.markRead(first!.getAttribute('data-slug')!))
    expect(await within(first!).findByText('Sudah dibaca')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Sembunyikan yang sudah dibaca' }))
    await waitFor(() => expect(router.state.location.search).toBe('?unread=1'))
    await waitFor(() => expect(within(list).queryByRole('heading', { name: firstTitle })).not.toBeInTheDocument())
    const chips = screen.getByRole('region', { name: 'Yang Anda ikuti' })
    await user.click(within(chips).getByRole('button', { name: /^Vladimir Putin/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?unread=1&entity=vladimir-putin'))
    expect(screen.getByRole('checkbox', { name: 'Sembunyikan yang sudah dibaca' })).toBeChecked()
  })

  it('"Tandai semua sudah dilihat" clears the marks and the nav count', async () => {
    const user = userEvent.setup()
    followingPutinAndKazakhstan()
    renderTab('/following')
    const list = await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
    await within(list).findAllByText('Baru')
    await user.click(await screen.findByRole('button', { name: 'Tandai semua sudah dilihat' }))
    // The button goes; the focus goes to the line saying so, not to the page.
    expect(await screen.findByText('Tidak ada artikel baru sejak kunjungan terakhir Anda.')).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Tandai semua sudah dilihat' })).not.toBeInTheDocument()
    expect(within(list).queryByText('Baru')).not.toBeInTheDocument()
    expect(within(mainNav()).getByRole('link', { name: 'Diikuti' })).toBeVisible()
    expect(storedVisits().following?.previous).toBe(NOW.toISOString())
  })

  it('moves the visit mark when the reader leaves the list, not when it loads', async () => {
    const user = userEvent.setup()
    followingPutinAndKazakhstan()
    const view = renderTab('/following')
    const list = await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
    await within(list).findAllByText('Baru')
    // Loading the page moved nothing: what was new is still new.
    await waitFor(() => expect(storedVisits().following).toMatchObject({ previous: LAST_VISIT, left: null }))
    await user.click(within(mainNav()).getByRole('link', { name: /^Beranda/ }))
    await waitFor(() => expect(storedVisits().following?.left).toBe(NOW.toISOString()))
    view.unmount()

    // The next visit, an hour later, counts from the start of this one: nothing published since.
    renderTab('/following', { now: () => new Date(NOW.getTime() + 3_600_000) })
    await screen.findByText('Tidak ada artikel baru sejak kunjungan terakhir Anda.')
    expect(screen.queryByText('Baru')).not.toBeInTheDocument()
    expect(storedVisits().following).toMatchObject({ previous: NOW.toISOString(), left: null })
  })

  it('keeps the marks over a reload, though the page was hidden and unloaded', async () => {
    followingPutinAndKazakhstan()
    const view = renderTab('/following')
    await within(await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })).findAllByText('Baru')
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'))
    })
    await waitFor(() => expect(storedVisits().following?.left).toBe(NOW.toISOString()))
    view.unmount()

    renderTab('/following', { reloaded: true })
    const list = await screen.findByRole('list', { name: 'Artikel tentang yang Anda ikuti' })
    expect((await within(list).findAllByText('Baru')).length).toBeGreaterThan(0)
    expect(storedVisits().following).toMatchObject({ previous: LAST_VISIT, current: NOW.toISOString(), left: null })
  })
})

describe("a followed entity's page and what is new", () => {
  it('marks the articles published since the last visit to that page, and moves the mark when the reader leaves', async () => {
    const user = userEvent.setup()
    disk.values.set('warta:follows', encodeDocument(followsKind, follows('vladimir-putin')))
    disk.values.set(
      'warta:visits',
      encodeDocument(visitsKind, {
        'entity:vladimir-putin': { previous: null, current: LAST_VISIT, left: '2025-08-30T00:10:00.000Z' },
      }),
    )
    const view = renderTab('/entities/vladimir-putin')
    const list = await screen.findByRole('list', { name: 'Artikel tentang Vladimir Putin' }, { timeout: 10_000 })
    const publishedAt = (card: HTMLElement) => Date.parse(within(card).getByTitle(/2025/).getAttribute('datetime')!)
    await within(list).findAllByText('Baru')
    const cards = within(list).getAllByRole('article')
    expect(cards.some((card) => publishedAt(card) <= Date.parse(LAST_VISIT))).toBe(true)
    for (const card of cards) {
      expect(within(card).queryByText('Baru') !== null).toBe(publishedAt(card) > Date.parse(LAST_VISIT))
    }
    await user.click(within(mainNav()).getByRole('link', { name: /^Beranda/ }))
    await waitFor(() => expect(storedVisits()['entity:vladimir-putin']?.left).toBe(NOW.toISOString()))
    view.unmount()

    renderTab('/entities/vladimir-putin', { now: () => new Date(NOW.getTime() + 3_600_000) })
    const again = await screen.findByRole('list', { name: 'Artikel tentang Vladimir Putin' }, { timeout: 10_000 })
    expect(within(again).getAllByRole('article').length).toBeGreaterThan(0)
    await waitFor(() => expect(storedVisits()['entity:vladimir-putin']?.previous).toBe(NOW.toISOString()))
    expect(within(again).queryByText('Baru')).not.toBeInTheDocument()
  })

  it('keeps no visit of an entity the reader does not follow, and marks nothing there', async () => {
    disk.values.set('warta:follows', encodeDocument(followsKind, follows('kazakhstan')))
    renderTab('/entities/vladimir-putin')
    const list = await screen.findByRole('list', { name: 'Artikel tentang Vladimir Putin' }, { timeout: 10_000 })
    expect(within(list).getAllByRole('article').length).toBeGreaterThan(0)
    await screen.findByRole('button', { name: 'Ikuti Vladimir Putin' })
    expect(within(list).queryByText('Baru')).not.toBeInTheDocument()
    expect(storedVisits()).toEqual({})
  })
})
