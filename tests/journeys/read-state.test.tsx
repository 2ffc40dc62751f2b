import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SITE_HEADER_ID } from '../../src/lib/site-header'
import { FORMAT } from '../../src/reader-data/kind-store'
import v2Fixture from '../fixtures/bookmarks-v2.json'
import { createDisk, openReaderData } from '../fake-reader-storage'
import { renderApp } from '../render-app'

const SLUG = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
const SEED = `/articles/${SLUG}`
const HEADING = /putin telepon xi, lukashenko, dan modi/i

const unmocked = Element.prototype.getBoundingClientRect

/**
 * jsdom lays nothing out: the sticky header is 80 px tall; the body is 2,000 px tall, `top` px from the top of a
 * 768 px screen; paragraphs 100 px each.
 */
function layOut(top: number) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.id === SITE_HEADER_ID) return DOMRect.fromRect({ y: 0, height: 80, width: 1024 })
    if (this.classList.contains('article-body')) return DOMRect.fromRect({ y: top, height: 2000, width: 600 })
    const block = this.getAttribute('data-block')
    if (block !== null) return DOMRect.fromRect({ y: top + Number(block) * 100, height: 100, width: 600 })
    return unmocked.call(this)
  })
}

async function scrollTo(top: number) {
  layOut(top)
  const seen = String(Math.round(((768 - top) / 2000) * 100))
  const progress = () => screen.getByRole('progressbar', { name: 'Kemajuan membaca' })
  // The page listens for scrolls from an effect run after its first paint: on a busy machine the heading can be
  // in the page before it. Scrolled again until the page has seen it.
  for (let tries = 0; tries < 100; tries++) {
    await act(async () => {
      window.dispatchEvent(new Event('scroll'))
      await new Promise((resolve) => requestAnimationFrame(resolve))
    })
    if (progress().getAttribute('aria-valuenow') === seen) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`The page did not see the scroll to ${top}: progress ${progress().getAttribute('aria-valuenow')}%`)
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

afterEach(() => {
  vi.useRealTimers()
  setVisibility('visible')
})

describe('what the reader has read', () => {
  it('counts an article read once 60% of its body has been on screen, and says so on its card', async () => {
    const user = userEvent.setup()
    const { readerData, router } = renderApp(SEED)
    await screen.findByRole('heading', { level: 1, name: HEADING })
    const progress = screen.getByRole('progressbar', { name: 'Kemajuan membaca' })

    await scrollTo(-372) // (768 + 372) / 2000: 57% of the body seen
    expect(progress).toHaveAttribute('aria-valuenow', '57')
    expect(readerData.readMarks.getState().value.has(SLUG)).toBe(false)

    await scrollTo(-452)
    expect(progress).toHaveAttribute('aria-valuenow', '61')
    await expect.poll(() => readerData.readMarks.getState().stored.has(SLUG)).toBe(true)

    vi.restoreAllMocks()
    await act(() => router.navigate(`/search?q=${encodeURIComponent('Putin telepon Xi')}`))
    const card = await screen.findByRole('article', { name: HEADING })
    expect(within(card).getByText('Sudah dibaca')).toBeVisible()

    await user.click(screen.getByRole('checkbox', { name: 'Sembunyikan yang sudah dibaca' }))
    expect(router.state.location.search).toContain('unread=1')
    expect(router.state.location.search).toContain('q=Putin')
    await waitFor(() => expect(screen.queryByRole('link', { name: HEADING })).not.toBeInTheDocument())
  })

  it('counts it read after 30 s on the page, counting only while the page is visible', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { readerData } = renderApp(SEED)
    await screen.findByRole('heading', { level: 1, name: HEADING })
    await act(() => vi.advanceTimersByTimeAsync(20_000))
    setVisibility('hidden')
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(readerData.readMarks.getState().value.has(SLUG)).toBe(false)
    setVisibility('visible')
    await act(() => vi.advanceTimersByTimeAsync(9_000))
    expect(readerData.readMarks.getState().value.has(SLUG)).toBe(false)
    await act(() => vi.advanceTimersByTimeAsync(1_500))
    expect(readerData.readMarks.getState().value.has(SLUG)).toBe(true)
  })

  it('hides read articles from the feed under ?unread=1, beside the filter', async () => {
    const user = userEvent.setup()
    const { readerData, router } = renderApp('/?entity=vladimir-putin')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    const first = within(list).getAllByRole('article')[0]!
    const slug = first.getAttribute('data-slug')!
    const title = within(first).getByRole('heading').textContent!
    await act(() => readerData.readMarks.markRead(slug))
    expect(within(first).getByText('Sudah dibaca')).toBeVisible()

    await user.click(screen.getByRole('checkbox', { name: 'Sembunyikan yang sudah dibaca' }))
    expect(new URLSearchParams(router.state.location.search).get('unread')).toBe('1')
    expect(new URLSearchParams(router.state.location.search).get('entity')).toBe('vladimir-putin')
    await waitFor(() => expect(within(list).queryByRole('article', { name: title })).not.toBeInTheDocument())
    expect(within(list).getAllByRole('article').length).toBeGreaterThan(0)

    // Changing the filter keeps the read ones hidden.
    await user.click(screen.getByRole('button', { name: /Hapus filter/ }))
    await expect.poll(() => router.state.location.search).toBe('?unread=1')
    expect(screen.getByRole('checkbox', { name: 'Sembunyikan yang sudah dibaca' })).toBeChecked()
  })

  it('remembers where the reader stopped and offers to continue there', async () => {
    const user = userEvent.setup()
    const disk = createDisk()
    const view = renderApp(SEED, { readerData: openReaderData(disk) })
    await screen.findByRole('heading', { level: 1, name: HEADING })
    await scrollTo(-320) // paragraph 4 is at the top of the screen, below the header
    view.unmount()
    vi.restoreAllMocks()
    await expect.poll(() => disk.values.get('warta:positions')).toMatchObject({ data: [{ slug: SLUG, block: 4 }] })

    renderApp(SEED, { readerData: openReaderData(disk) })
    await screen.findByRole('heading', { level: 1, name: HEADING })
    await user.click(await screen.findByRole('button', { name: 'Lanjutkan membaca' }))
    // eslint-disable-next-line testing-library/no-node-access -- which paragraph it is shows only in the DOM: jsdom lays nothing out
    expect(document.activeElement).toHaveAttribute('data-block', '4')
    expect(screen.queryByRole('button', { name: 'Lanjutkan membaca' })).not.toBeInTheDocument()
  })

  it('offers nothing to continue for an article read to the end', async () => {
    const disk = createDisk({
      'warta:positions': {
        format: FORMAT,
        kind: 'positions',
        version: 1,
        data: [{ slug: SLUG, block: 9, fraction: 1, at: 1 }],
      },
    })
    renderApp(SEED, { readerData: openReaderData(disk) })
    await screen.findByRole('heading', { level: 1, name: HEADING })
    expect(screen.queryByRole('button', { name: 'Lanjutkan membaca' })).not.toBeInTheDocument()
  })

  it('shows on the bookmarks page how far each saved article was read, and puts the unfinished ones first', async () => {
    const user = userEvent.setup()
    const document = (kind: string, data: unknown) => ({ format: FORMAT, kind, version: 1, data })
    // The fixture's two, saved last first: "KTT Alaska Berakhir", then "Putin Telepon Xi".
    const disk = createDisk({
      'warta:bookmarks': v2Fixture,
      'warta:positions': document('positions', [{ slug: 'putin-telepon-xi', block: 3, fraction: 0.4, at: 5 }]),
      'warta:readMarks': document('readMarks', [['ktt-alaska-berakhir', 1]]),
    })
    const { router } = renderApp('/bookmarks', { readerData: openReaderData(disk) })
    const list = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    const titles = () =>
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent)
    const item = (title: string) => within(list).getByRole('article', { name: title })
    await waitFor(() => expect(item('Putin Telepon Xi')).toHaveTextContent('Dibaca 40%'))
    expect(item('KTT Alaska Berakhir')).toHaveTextContent('Sudah dibaca')
    expect(titles()).toEqual(['KTT Alaska Berakhir', 'Putin Telepon Xi'])

    await user.click(screen.getByRole('radio', { name: 'Belum selesai' }))
    expect(titles()).toEqual(['Putin Telepon Xi', 'KTT Alaska Berakhir'])
    expect(router.state.location.search).toBe('?sort=unfinished')
  })
})
