import { onlineManager } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UNDO_MS } from '../../src/features/bookmarks/undo-bar'
import { bookmarksKind } from '../../src/reader-data/bookmark-format'
import { decodeDocument, FORMAT } from '../../src/reader-data/kind-store'
import v2Fixture from '../fixtures/bookmarks-v2.json'
import { createDisk, openReaderData, type Disk } from '../fake-reader-storage'
import { server } from '../msw-server'
import { renderApp } from '../render-app'

const SEED_SLUG = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
const SEED_TITLE = /putin telepon xi, lukashenko, dan modi/i

const KEY = 'warta:bookmarks'

/** The browser's storage, shared by every tab a test opens (a fresh one for each test). */
let disk: Disk

/** Opens the app at `path` in a new tab over the test's storage. */
function renderTab(path: string, options: Parameters<typeof openReaderData>[1] = {}) {
  return renderApp(path, { readerData: openReaderData(disk, options) })
}

function stored(): { items: { slug: string; complete: boolean }[] } {
  const decoded = decodeDocument(bookmarksKind, disk.values.get(KEY))
  return { items: decoded.kind === 'ok' ? [...decoded.value] : [] }
}

/** The article page's own bookmark button: it comes before those of the related cards. */
function pageButton(name: string) {
  return screen.getAllByRole('button', { name })[0]!
}

/** The same, once it is there: "Tersimpan" only once storage has confirmed the save. */
async function findPageButton(name: string) {
  return (await screen.findAllByRole('button', { name }))[0]!
}

/** What a reader does to save the seed: open it and press Simpan. */
async function saveSeedFromItsPage(user: ReturnType<typeof userEvent.setup>) {
  const view = renderTab(`/articles/${SEED_SLUG}`)
  await screen.findByRole('heading', { level: 1, name: SEED_TITLE })
  await user.click(pageButton('Simpan'))
  await waitFor(() => expect(stored().items.map((item) => item.slug)).toEqual([SEED_SLUG]))
  view.unmount()
}

/** Stored data holding only the summary of the seed article, as a save from a card while the API was down leaves it. */
function summaryOfTheSeed() {
  const item = structuredClone(v2Fixture.items.find((bookmark) => !bookmark.complete)!)
  item.slug = SEED_SLUG
  item.article.slug = SEED_SLUG
  return { ...v2Fixture, items: [item] }
}

beforeEach(() => {
  disk = createDisk()
})

afterEach(() => {
  vi.useRealTimers()
  act(() => onlineManager.setOnline(true))
})

describe('bookmarks', () => {
  // Three pages whose code loads lazily, the first time in this file: time for a shared two-core machine.
  it('saves from a card; the article and the bookmarks page show it, and the nav counts it', async () => {
    const user = userEvent.setup()
    renderTab('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    const card = within(list).getAllByRole('article')[0]!
    const link = within(within(card).getByRole('heading', { level: 2 })).getByRole('link')
    const title = link.textContent ?? ''
    const slug = link.getAttribute('href')?.replace('/articles/', '')
    const button = within(card).getByRole('button', { name: 'Simpan' })
    expect(button).toHaveAttribute('aria-pressed', 'false')

    await user.click(button)
    expect(await within(card).findByRole('button', { name: 'Tersimpan' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('link', { name: /^Tersimpan.*1 artikel tersimpan/ })).toBeInTheDocument()
    // The card had only the summary: the whole article is fetched and kept.
    await waitFor(() => expect(stored().items).toEqual([expect.objectContaining({ slug, complete: true })]), {
      timeout: 4000,
    })

    await user.click(link)
    // The first article page of the file: its lazily loaded code is transformed now, slow on a shared machine.
    await screen.findByRole('heading', { level: 1, name: title }, { timeout: 10_000 })
    expect(await findPageButton('Tersimpan')).toHaveAttribute('aria-pressed', 'true')

    await user.click(screen.getByRole('link', { name: /^Tersimpan/ }))
    const saved = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    expect(within(saved).getByRole('link', { name: title })).toHaveAttribute('href', `/articles/${slug}`)
    expect(within(saved).queryByText('Ringkasan saja')).not.toBeInTheDocument()
  }, 30_000)

  it('each of the many Simpan buttons is described by the headline of its article', async () => {
    const user = userEvent.setup()
    const view = renderTab('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    const cards = within(list).getAllByRole('article')
    expect(cards.length).toBeGreaterThan(1)
    for (const card of cards) {
      const headline = within(card).getByRole('heading', { level: 2 }).textContent ?? ''
      expect(within(card).getByRole('button', { name: 'Simpan' })).toHaveAccessibleDescription(headline)
    }
    view.unmount()

    // The article page's own button too; saved, its name changes and its description stays.
    renderTab(`/articles/${SEED_SLUG}`)
    const title = (await screen.findByRole('heading', { level: 1, name: SEED_TITLE })).textContent ?? ''
    expect(pageButton('Simpan')).toHaveAccessibleDescription(title)
    await user.click(pageButton('Simpan'))
    expect(await findPageButton('Tersimpan')).toHaveAccessibleDescription(title)
  })

  it('saved from a card while the article cannot be fetched: keeps the summary at once, and the whole article once it can', async () => {
    const user = userEvent.setup()
    let down = true
    server.use(
      http.get(/\/api\/articles\/[^/]+$/, () =>
        down ? HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }) : undefined,
      ),
    )
    renderTab('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    const card = within(list).getAllByRole('article')[0]!
    await user.click(within(card).getByRole('button', { name: 'Simpan' }))
    await waitFor(() => expect(stored().items).toEqual([expect.objectContaining({ complete: false })]))

    await user.click(screen.getByRole('link', { name: /^Tersimpan/ }))
    const saved = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    expect(within(saved).getByText('Ringkasan saja')).toBeInTheDocument()

    // The API is back, and so is the network: the bookmark gets its whole article.
    down = false
    act(() => onlineManager.setOnline(false))
    act(() => onlineManager.setOnline(true))
    await waitFor(() => expect(stored().items).toEqual([expect.objectContaining({ complete: true })]), {
      timeout: 6000,
    })
    expect(within(saved).queryByText('Ringkasan saja')).not.toBeInTheDocument()
  })

  it('unsaving on the article page updates every button at once', async () => {
    const user = userEvent.setup()
    await saveSeedFromItsPage(user)
    renderTab(`/articles/${SEED_SLUG}`)
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE })
    await user.click(await findPageButton('Tersimpan'))
    expect(await findPageButton('Simpan')).toHaveAttribute('aria-pressed', 'false')
    expect(screen.getByRole('link', { name: 'Tersimpan' })).toBeInTheDocument()
    await waitFor(() => expect(stored().items).toEqual([]))
  })

  it('removes with an undo, orders by publication date, and removes all after a confirmation', async () => {
    const user = userEvent.setup()
    // The fixture's two were saved in the order they were published: add one saved last but published first.
    const data = structuredClone(v2Fixture)
    const archive = structuredClone(data.items[0]!)
    Object.assign(archive, { slug: 'arsip-perundingan', savedAt: '2025-08-17T03:00:00.000Z' })
    Object.assign(archive.article, {
      slug: 'arsip-perundingan',
      title: 'Arsip Perundingan',
      publishedAt: '2025-08-01T09:00:00+07:00',
    })
    data.items.push(archive)
    disk.values.set(KEY, data)
    renderTab('/bookmarks')
    const list = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    const titles = () =>
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent)
    expect(screen.getByRole('radio', { name: 'Terakhir disimpan' })).toBeChecked()
    expect(titles()).toEqual(['Arsip Perundingan', 'KTT Alaska Berakhir', 'Putin Telepon Xi'])
    expect(within(list).getByText('Ringkasan saja')).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: 'Tanggal terbit' }))
    expect(titles()).toEqual(['KTT Alaska Berakhir', 'Putin Telepon Xi', 'Arsip Perundingan'])
    await user.click(screen.getByRole('radio', { name: 'Terakhir disimpan' }))
    expect(titles()).toEqual(['Arsip Perundingan', 'KTT Alaska Berakhir', 'Putin Telepon Xi'])
    await user.click(screen.getByRole('radio', { name: 'Tanggal terbit' }))

    await user.click(screen.getByRole('button', { name: 'Hapus: KTT Alaska Berakhir' }))
    expect(titles()).toEqual(['Putin Telepon Xi', 'Arsip Perundingan'])
    expect(await screen.findByText('Dihapus: KTT Alaska Berakhir')).toBeInTheDocument()
    expect(stored().items.map((item) => item.slug)).toEqual(['arsip-perundingan', 'putin-telepon-xi'])
    const undo = screen.getByRole('button', { name: 'Urungkan' })
    expect(undo).toHaveFocus()
    await user.click(undo)
    await waitFor(() => expect(titles()).toEqual(['KTT Alaska Berakhir', 'Putin Telepon Xi', 'Arsip Perundingan']))
    expect(
      stored()
        .items.map((item) => item.slug)
        .sort(),
    ).toEqual(['arsip-perundingan', 'ktt-alaska-berakhir', 'putin-telepon-xi'])

    await user.click(screen.getByRole('button', { name: 'Hapus semua' }))
    const confirm = screen.getByRole('group', { name: /Hapus semua 3 artikel tersimpan\?/ })
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }))
    expect(titles()).toHaveLength(3)
    await user.click(screen.getByRole('button', { name: 'Hapus semua' }))
    await user.click(screen.getByRole('button', { name: 'Ya, hapus semua' }))
    expect(await screen.findByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeInTheDocument()
    expect(await screen.findByText('3 artikel dihapus')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Urungkan' }))
    expect(await screen.findByRole('list', { name: 'Artikel tersimpan' })).toBeInTheDocument()
    expect(stored().items).toHaveLength(3)
  })

  it('the undo lasts its few seconds even with focus on it, then the removal stands', async () => {
    disk.values.set(KEY, structuredClone(v2Fixture))
    renderTab('/bookmarks')
    const list = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    const titles = () =>
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })

    // A mouse click: focus moves to Urungkan, so that undo is one key away, but that does not hold the bar.
    await user.click(screen.getByRole('button', { name: 'Hapus: KTT Alaska Berakhir' }))
    const undo = await screen.findByRole('button', { name: 'Urungkan' })
    // The bar moves focus in the effect after its commit: under load, a moment after the button is found.
    await waitFor(() => expect(undo).toHaveFocus())
    act(() => vi.advanceTimersByTime(UNDO_MS))
    expect(screen.queryByRole('button', { name: 'Urungkan' })).not.toBeInTheDocument()
    expect(screen.queryByText('Dihapus: KTT Alaska Berakhir')).not.toBeInTheDocument()
    // Focus does not fall to the start of the document with the bar.
    expect(screen.getByRole('heading', { level: 1, name: 'Tersimpan' })).toHaveFocus()
    expect(titles()).toEqual(['Putin Telepon Xi'])
    expect(stored().items.map((item) => item.slug)).toEqual(['putin-telepon-xi'])
  })

  it('the undo waits while the pointer is on it, or the reader has put focus on it', async () => {
    disk.values.set(KEY, structuredClone(v2Fixture))
    renderTab('/bookmarks')
    await screen.findByRole('list', { name: 'Artikel tersimpan' })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })

    await user.click(screen.getByRole('button', { name: 'Hapus: KTT Alaska Berakhir' }))
    const undo = await screen.findByRole('button', { name: 'Urungkan' })
    await user.hover(undo)
    act(() => vi.advanceTimersByTime(UNDO_MS * 2))
    expect(undo).toBeInTheDocument()
    await user.unhover(undo)

    // The reader leaves it and comes back by keyboard: now it waits for them.
    await user.tab({ shift: true })
    expect(undo).not.toHaveFocus()
    await user.tab()
    expect(undo).toHaveFocus()
    act(() => vi.advanceTimersByTime(UNDO_MS * 2))
    expect(undo).toBeInTheDocument()

    await user.tab()
    act(() => vi.advanceTimersByTime(UNDO_MS))
    expect(screen.queryByRole('button', { name: 'Urungkan' })).not.toBeInTheDocument()
    expect(stored().items.map((item) => item.slug)).toEqual(['putin-telepon-xi'])
  })

  it('explains how to save when there is nothing saved', async () => {
    renderTab('/bookmarks')
    expect(await screen.findByRole('heading', { level: 1, name: 'Tersimpan' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeInTheDocument()
    expect(screen.getByText(/Tekan “Simpan” pada artikel mana pun/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ekspor (JSON)' })).toBeDisabled()
  })

  it('exports to a file, and imports it in another browser: "N ditambahkan, M dilewati"; refuses a foreign file', async () => {
    const user = userEvent.setup()
    disk.values.set(KEY, structuredClone(v2Fixture))
    let exported: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      exported = blob as Blob
      return 'blob:warta-export'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)

    const view = renderTab('/bookmarks')
    await screen.findByRole('list', { name: 'Artikel tersimpan' })
    await user.click(screen.getByRole('button', { name: 'Ekspor (JSON)' }))
    expect(click).toHaveBeenCalledTimes(1)
    expect(click.mock.contexts[0]).toHaveProperty(
      'download',
      expect.stringMatching(/^warta-tersimpan-\d{4}-\d{2}-\d{2}\.json$/),
    )
    expect(await screen.findByText(/2 artikel diekspor ke warta-tersimpan-/)).toBeInTheDocument()
    const file = new File([await exported!.text()], 'warta-tersimpan.json', { type: 'application/json' })
    expect(JSON.parse(await file.text())).toMatchObject({ format: FORMAT, kind: 'bookmarks', version: 3 })
    view.unmount()

    // Another browser: nothing saved yet.
    disk = createDisk()
    renderTab('/bookmarks')
    await screen.findByRole('heading', { name: 'Belum ada artikel tersimpan' })

    await user.upload(
      screen.getByLabelText('Impor berkas'),
      new File(['{"bookmarks":[{"url":"https://example.com"}]}'], 'lain.json', { type: 'application/json' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Berkas ini bukan ekspor artikel tersimpan Warta. Tidak ada yang diubah.',
    )
    expect(disk.values.get(KEY)).toBeUndefined()

    await user.upload(screen.getByLabelText('Impor berkas'), file)
    expect(await screen.findByText('2 ditambahkan, 0 dilewati.')).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    expect(within(list).getAllByRole('article')).toHaveLength(2)

    await user.upload(screen.getByLabelText('Impor berkas'), file)
    expect(await screen.findByText('0 ditambahkan, 2 dilewati.')).toBeInTheDocument()
    expect(within(list).getAllByRole('article')).toHaveLength(2)
  })

  it('a result like the last one is announced again: the status empties, then shows it', async () => {
    const user = userEvent.setup()
    disk.values.set(KEY, structuredClone(v2Fixture))
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:warta-export')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    renderTab('/bookmarks')
    const transfer = await screen.findByRole('region', { name: 'Bawa ke browser lain' })
    const status = within(transfer).getByRole('status')
    expect(status).toBeEmptyDOMElement()

    const seen: string[] = []
    const observer = new MutationObserver(() => seen.push(status.textContent ?? ''))
    observer.observe(status, { childList: true, characterData: true, subtree: true })
    await user.click(within(transfer).getByRole('button', { name: 'Ekspor (JSON)' }))
    await waitFor(() => expect(status).toHaveTextContent(/^2 artikel diekspor ke warta-tersimpan-/))
    const text = status.textContent
    seen.length = 0
    await user.click(within(transfer).getByRole('button', { name: 'Ekspor (JSON)' }))
    await waitFor(() => expect(seen).toEqual(['', text]))
    observer.disconnect()
  })

  it('opens a saved article from the bookmarks page when the API fails, with a quiet note', async () => {
    const user = userEvent.setup()
    await saveSeedFromItsPage(user)
    server.use(http.get('*/api/*', () => HttpResponse.error()))
    renderTab('/bookmarks')
    await user.click(await screen.findByRole('link', { name: SEED_TITLE }))
    expect(await screen.findByRole('heading', { level: 1, name: SEED_TITLE })).toBeInTheDocument()
    expect(await screen.findByText(/Ini salinan yang Anda simpan pada/)).toBeInTheDocument()
    expect(await screen.findByText('(The Kyiv Independent/B-3)')).toBeInTheDocument()
    expect(screen.getAllByRole('figure')[0]).toHaveTextContent(
      'Foto: Sputnik/Kristina Kormilitsyna; Getty Images/Rebecca Noble',
    )
  })

  it('offline: says so, opens saved articles, waits for the rest without a spinner, and resumes when back online', async () => {
    const user = userEvent.setup()
    await saveSeedFromItsPage(user)
    const { router } = renderTab('/bookmarks')
    await screen.findByRole('list', { name: 'Artikel tersimpan' })

    act(() => onlineManager.setOnline(false))
    expect(await screen.findByText(/Anda sedang offline\. Artikel tersimpan tetap bisa dibaca/)).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: SEED_TITLE }))
    expect(await screen.findByRole('heading', { level: 1, name: SEED_TITLE })).toBeInTheDocument()
    expect(screen.getByText(/Ini salinan yang Anda simpan pada/)).toBeInTheDocument()

    await act(() =>
      router.navigate('/articles/putin-minta-seluruh-wilayah-oblast-donetsk-sebagai-syarat-akhiri-perang-ukraina'),
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Anda sedang offline' })).toBeInTheDocument()
    expect(screen.queryByRole('status', { name: 'Memuat artikel…' })).not.toBeInTheDocument()

    act(() => onlineManager.setOnline(true))
    expect(
      await screen.findByRole('heading', { level: 1, name: /Putin Minta Seluruh Wilayah Oblast Donetsk/ }),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Anda sedang offline/)).not.toBeInTheDocument()
  })

  it('a save the storage refuses is undone on screen, and the reader is told', async () => {
    const user = userEvent.setup()
    renderTab(`/articles/${SEED_SLUG}`)
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE })
    disk.faults.write = true
    await user.click(pageButton('Simpan'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Artikel tidak dapat disimpan: penyimpanan browser penuh atau diblokir.',
    )
    expect(pageButton('Simpan')).toHaveAttribute('aria-pressed', 'false')
  })

  it('says "Menyimpan…" until storage confirms; a save storage never confirms is reported, and the next one goes through', async () => {
    const user = userEvent.setup()
    renderTab(`/articles/${SEED_SLUG}`, { timeoutMs: 300 })
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE })
    disk.faults.writeNever = true
    await user.click(pageButton('Simpan'))
    expect(pageButton('Menyimpan…')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('link', { name: 'Tersimpan' })).toBeInTheDocument()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Penyimpanan browser tidak menjawab, jadi perubahan terakhir belum tersimpan.',
    )
    expect(pageButton('Simpan')).toHaveAttribute('aria-pressed', 'false')
    expect(stored().items).toEqual([])

    disk.faults.writeNever = false
    await user.click(pageButton('Simpan'))
    expect(await findPageButton('Tersimpan')).toHaveAttribute('aria-pressed', 'true')
    expect(stored().items.map((item) => item.slug)).toEqual([SEED_SLUG])
  })

  it('a background upgrade the storage refuses says nothing: the summary stays, no failure banner', async () => {
    disk.values.set(KEY, { format: FORMAT, kind: 'bookmarks', version: 3, data: summaryOfTheSeed().items })
    disk.faults.write = true
    const article = new RegExp(`/api/articles/${SEED_SLUG}$`)
    const answered = new Promise<void>((resolve) =>
      server.events.on('response:mocked', ({ request }) => {
        if (article.test(request.url)) resolve()
      }),
    )
    renderTab('/bookmarks')
    const list = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    // Online, with a summary-only bookmark: the app fetches the whole article and tries to keep it.
    await answered
    await waitFor(() => expect(disk.log).toContain(`update:${KEY}:refused`))
    // After a refused write the store reads storage again, then would report: wait for that read.
    await waitFor(() => expect(disk.log.at(-1)).toBe(`read:${KEY}`))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(within(list).getByText('Ringkasan saja')).toBeInTheDocument()
  })

  it('data from a newer Warta holding a summary: starting online shows the read-only notice and nothing else', async () => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url).pathname))
    disk.values.set(KEY, { format: FORMAT, kind: 'bookmarks', version: 4, data: summaryOfTheSeed().items })
    renderTab('/bookmarks')
    const list = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    expect(within(list).getByText('Ringkasan saja')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('dibuat oleh versi Warta yang lebih baru')
    // No upgrade is even tried: nothing to fetch, nothing to refuse.
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    expect(requests).toEqual([])
    expect(disk.log.filter((entry) => entry.startsWith('update'))).toEqual([])
    expect(screen.queryByText(/Tidak dapat diubah/)).not.toBeInTheDocument()
  })

  it('data in a format this Warta does not know opens read-only, and is never written over', async () => {
    const user = userEvent.setup()
    const unknown = { ...summaryOfTheSeed(), version: 2.5 }
    disk.values.set(KEY, unknown)
    renderTab(`/articles/${SEED_SLUG}`)
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE })
    expect(await screen.findByRole('alert')).toHaveTextContent('format yang tidak dikenali versi Warta ini')
    await user.click(pageButton('Simpan'))
    expect(await screen.findByText(/Tidak dapat diubah/)).toBeInTheDocument()
    expect(disk.values.get(KEY)).toEqual(unknown)
  })

  it('starts with damaged stored data, says it was set aside, and still works', async () => {
    const user = userEvent.setup()
    const damaged = '{"format":"warta.bookmarks","version":2,"items":[{"slug"'
    disk.values.set(KEY, damaged)
    renderTab('/bookmarks')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Data artikel tersimpan di browser ini rusak dan tidak dapat dibaca. Data itu kami sisihkan',
    )
    const copies = [...disk.values].filter(([key]) => key.startsWith(`${KEY}:set-aside:`))
    expect(copies).toEqual([[expect.any(String), damaged]])
    await user.click(screen.getByRole('button', { name: 'Tutup' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeInTheDocument()
  })

  it('refuses an import of too many articles with a clear message, and changes nothing', async () => {
    const user = userEvent.setup()
    renderTab('/bookmarks')
    await screen.findByRole('heading', { name: 'Belum ada artikel tersimpan' })
    const tooMany = JSON.stringify({ format: FORMAT, kind: 'bookmarks', version: 3, data: Array(100_001).fill(0) })
    await user.upload(screen.getByLabelText('Impor berkas'), new File([tooMany], 'besar.json'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Berkas ini terlalu besar: impor menerima berkas hingga 64 MB dan 100.000 artikel. Tidak ada yang diubah.',
    )
    expect(disk.values.get(KEY)).toBeUndefined()
  })

  it('speaks English: Save and Saved', async () => {
    const user = userEvent.setup()
    disk.values.set('warta:settings', { language: 'en' })
    renderTab(`/articles/${SEED_SLUG}`)
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE })
    await user.click(pageButton('Save'))
    expect(await findPageButton('Saved')).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('link', { name: /^Saved.*1 saved article\)/ })).toBeInTheDocument()
  })
})
