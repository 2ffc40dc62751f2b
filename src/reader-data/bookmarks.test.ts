import { describe, expect, it, vi } from 'vitest'
import type { Article, ArticleSummary } from '../api/schemas'
import v1Fixture from '../../tests/fixtures/bookmarks-v1.json'
import v2Fixture from '../../tests/fixtures/bookmarks-v2.json'
import { createDisk, fakeStorage, type Disk } from '../../tests/fake-reader-storage'
import { bookmarksKind, parseImport } from './bookmark-format'
import { createBookmarkStore, type BookmarkStore } from './bookmarks'
import { decodeDocument, FORMAT } from './kind-store'
import { localStorageStorage } from './storage'

const KEY = 'warta:bookmarks'
const VERSION = bookmarksKind.version

function summary(slug: string, publishedAt = '2025-08-09T08:30:00+07:00'): ArticleSummary {
  return {
    slug,
    title: `Judul ${slug}`,
    dek: 'Ringkasan.',
    publishedAt,
    section: 'Internasional',
    hero: {
      src: `/images/${slug}.svg`,
      width: 1200,
      height: 675,
      alt: 'Ilustrasi',
      caption: 'Keterangan.',
      credits: ['Sputnik/Kristina Kormilitsyna', 'Getty Images/Rebecca Noble'],
    },
    entities: [{ id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin' }],
    readingMinutes: 4,
  }
}

function article(slug: string): Article {
  return {
    ...summary(slug),
    body: [
      { type: 'paragraph', text: 'Putin menelepon Xi.', mentions: [{ start: 0, end: 5, entityId: 'vladimir-putin' }] },
      {
        type: 'figure',
        photo: {
          src: '/images/figur.svg',
          width: 800,
          height: 600,
          alt: 'Figur',
          caption: 'Keterangan.',
          credits: ['Warta'],
        },
      },
    ],
    attribution: { origin: 'The Kyiv Independent', editor: 'B-3' },
    tags: [],
    related: [],
  }
}

let clock = Date.parse('2025-08-20T00:00:00Z')
const now = () => new Date((clock += 1000))

function open(disk: Disk, extra: Partial<Parameters<typeof createBookmarkStore>[0]> = {}): BookmarkStore {
  return createBookmarkStore({ storage: fakeStorage(disk), now, timeoutMs: 1000, ...extra })
}

/** A disk holding `value` under the bookmarks' key. */
const diskWith = (value?: unknown) => createDisk(value === undefined ? {} : { [KEY]: value })
/** A current document holding `items`. */
const documentOf = (items: unknown[], version = VERSION) => ({
  format: FORMAT,
  kind: 'bookmarks',
  version,
  data: items,
})
const slugs = (store: BookmarkStore) => store.getState().value.map((item) => item.slug)
const storedSlugs = (disk: Disk) => {
  const decoded = decodeDocument(bookmarksKind, disk.values.get(KEY))
  return decoded.kind === 'ok' ? decoded.value.map((item) => item.slug) : decoded.kind
}
const asides = (disk: Disk) => [...disk.values].filter(([key]) => key.includes(':set-aside:'))
const importText = (store: BookmarkStore, text: string) => store.importParsed(parseImport(text))

describe('bookmark store: saving', () => {
  it('starts empty, saves whole articles in the current format, newest first, and finds them after a restart', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ status: 'ready', value: [], access: 'read-write', problem: null })
    await store.save(article('satu'))
    await store.save(article('dua'))
    expect(slugs(store)).toEqual(['dua', 'satu'])
    expect(disk.values.get(KEY)).toMatchObject({ format: FORMAT, kind: 'bookmarks', version: VERSION })
    expect(store.get('satu')).toMatchObject({
      complete: true,
      article: { body: expect.any(Array), attribution: { editor: 'B-3' } },
    })

    const reopened = open(disk)
    await reopened.ready
    expect(slugs(reopened)).toEqual(['dua', 'satu'])
    expect(reopened.get('satu')?.article).toEqual(article('satu'))
  })

  it('keeps a summary until the whole article is there, then upgrades it keeping when it was saved', async () => {
    const store = open(diskWith())
    await store.save({ ...article('satu'), body: undefined } as unknown as ArticleSummary)
    const saved = store.get('satu')
    expect(saved).toMatchObject({ complete: false })
    expect(saved?.article).not.toHaveProperty('body')
    await store.upgrade(article('satu'))
    expect(store.get('satu')).toMatchObject({ complete: true, savedAt: saved?.savedAt })
  })

  it('shows a save at once as pending, and as stored only once storage has acknowledged it', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.ready
    disk.faults.writeNever = true
    const saving = store.save(summary('satu'))
    await vi.waitFor(() => expect(slugs(store)).toEqual(['satu']))
    expect(store.getState().stored).toEqual([])
    disk.faults.writeNever = false
    const second = store.save(summary('dua'))
    expect(await saving).toBe(false)
    expect(await second).toBe(true)
    expect(store.getState().stored.map((item) => item.slug)).toEqual(['dua'])
  })

  it('removes and restores (undo) with the original time saved', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.save(article('satu'))
    const before = store.get('satu')
    const removed = await store.remove(['satu'])
    expect(slugs(store)).toEqual([])
    expect(storedSlugs(disk)).toEqual([])
    await store.restore(removed)
    expect(store.get('satu')).toEqual(before)
    expect(storedSlugs(disk)).toEqual(['satu'])
  })

  it('asks for persistent storage once, after the first save', async () => {
    const requestPersistence = vi.fn(() => Promise.resolve(true))
    const store = open(diskWith(), { requestPersistence })
    await store.ready
    expect(requestPersistence).not.toHaveBeenCalled()
    await store.save(summary('satu'))
    await store.save(summary('dua'))
    expect(requestPersistence).toHaveBeenCalledTimes(1)
  })
})

describe('bookmark store: data that cannot be read', () => {
  it.each([
    ['text that is not JSON', '{"format":"warta.bookm'],
    ['a foreign object', { hello: 'world' }],
    ['our marker with a broken list', { format: 'warta.bookmarks', version: 2, items: 'nope' }],
    ['a current document with a broken list', documentOf('nope' as unknown as unknown[])],
    ['a number', 42],
  ])('sets aside %s, reports it, starts an empty list and keeps working', async (_, raw) => {
    const disk = diskWith(raw)
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({
      value: [],
      access: 'read-write',
      problem: { kind: 'corrupt', unreadable: 'all', setAside: true },
    })
    expect(asides(disk)).toEqual([[expect.stringMatching(/^warta:bookmarks:set-aside:unreadable:/), raw]])
    await store.save(summary('satu'))
    expect(storedSlugs(disk)).toEqual(['satu'])
    expect(asides(disk).map(([, value]) => value)).toEqual([raw])
  })

  it('keeps the readable items when only some are damaged, and sets the original aside', async () => {
    const raw = structuredClone(v2Fixture) as { items: unknown[] }
    raw.items.push({ slug: 'rusak', savedAt: 'kemarin', complete: true, article: { title: 'tanpa isi' } })
    raw.items.push({
      slug: 'javascript',
      savedAt: '2025-08-10T00:00:00Z',
      complete: false,
      article: { ...summary('javascript'), hero: { ...summary('x').hero, src: 'javascript:alert(1)' } },
    })
    const disk = diskWith(raw)
    const store = open(disk)
    await store.ready
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 2, setAside: true })
    expect(asides(disk).map(([, value]) => value)).toEqual([raw])
    expect(storedSlugs(disk)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
  })

  it('never writes over damaged data it could not copy: bookmarks then live in memory', async () => {
    const disk = diskWith('garbage')
    disk.faults.setAside = true
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({
      access: 'memory',
      problem: { kind: 'corrupt', unreadable: 'all', setAside: false },
    })
    await store.save(summary('satu'))
    expect(slugs(store)).toEqual(['satu'])
    expect(disk.values.get(KEY)).toBe('garbage')
  })

  it('handles data damaged by someone else after it started, then saves', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.save(summary('satu'))
    disk.values.set(KEY, '}{')
    await store.save(summary('dua'))
    expect(asides(disk).map(([, value]) => value)).toEqual(['}{'])
    expect(store.getState().problem).toMatchObject({ kind: 'corrupt' })
    expect(storedSlugs(disk)).toEqual(['dua'])
  })
})

describe('bookmark store: other versions', () => {
  it('opens data from a newer Warta read-only and never writes over it', async () => {
    const newer = { ...documentOf(v2Fixture.items, VERSION + 1), shelves: ['baru'] }
    const disk = diskWith(newer)
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'read-only', problem: { kind: 'readOnly', newer: VERSION + 1 } })
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(await store.save(summary('satu'))).toBe(false)
    expect(await store.remove(['putin-telepon-xi'])).toEqual([])
    expect(store.getState().failure).toMatchObject({ reason: 'readOnly' })
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(disk.values.get(KEY)).toEqual(newer)
    expect(asides(disk)).toEqual([])
  })

  it.each([
    ['version 2.5', { format: 'warta.bookmarks', version: 2.5, items: v2Fixture.items }],
    ['version "3"', { format: 'warta.bookmarks', version: '3', items: v2Fixture.items }],
    ['another format name', { format: 'warta.bookmarks-beta', version: 2, items: v2Fixture.items }],
    ['a current document of version 3.5', documentOf(v2Fixture.items, 3.5)],
    ['a current document of another kind', { format: FORMAT, kind: 'shelves', version: 1, data: [] }],
  ])('opens %s read-only, and never sets it aside or writes over it', async (_, raw) => {
    const disk = diskWith(raw)
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'read-only', problem: { kind: 'readOnly', newer: null } })
    expect(await store.save(summary('satu'))).toBe(false)
    expect(store.getState().failure).toMatchObject({ action: 'save', reason: 'readOnly' })
    expect(disk.values.get(KEY)).toEqual(raw)
    expect(asides(disk)).toEqual([])
  })

  it('migrates format 1 keeping every item, and keeps a copy of the original', async () => {
    const disk = diskWith(v1Fixture)
    const store = open(disk)
    await store.ready
    expect(store.getState().problem).toBeNull()
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'trump-klaim-kemajuan', 'putin-telepon-xi'])
    expect(store.get('putin-telepon-xi')).toMatchObject({
      complete: false,
      savedAt: new Date(1754700000000).toISOString(),
      article: { title: 'Putin Telepon Xi' },
    })
    expect(disk.values.get(KEY)).toMatchObject({ format: FORMAT, version: VERSION })
    expect(storedSlugs(disk)).toEqual(['ktt-alaska-berakhir', 'trump-klaim-kemajuan', 'putin-telepon-xi'])
    expect(asides(disk)).toEqual([[expect.stringMatching(/:set-aside:v1:/), v1Fixture]])
  })

  it('migrates a real version-2 document keeping every item as it was, and keeps a copy of the original', async () => {
    const disk = diskWith(v2Fixture)
    const store = open(disk)
    await store.ready
    expect(store.getState().problem).toBeNull()
    expect(store.getState().value).toEqual(v2Fixture.items)
    expect(disk.values.get(KEY)).toEqual({ ...documentOf(v2Fixture.items), revision: 0, writer: expect.any(String) })
    expect(asides(disk)).toEqual([[expect.stringMatching(/:set-aside:v2:/), v2Fixture]])
    await store.save(summary('satu'))
    expect(storedSlugs(disk)).toEqual(['satu', 'ktt-alaska-berakhir', 'putin-telepon-xi'])
  })
})

describe('bookmark store: storage that fails', () => {
  it('rolls a failed save back to what is stored and says so', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.save(summary('satu'))
    disk.faults.write = true
    expect(await store.save(summary('dua'))).toBe(false)
    expect(slugs(store)).toEqual(['satu'])
    expect(store.getState().failure).toMatchObject({ action: 'save', reason: 'storage' })
    store.dismissFailure()
    expect(store.getState().failure).toBeNull()
  })

  it('rolls a failed removal back', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.save(summary('satu'))
    disk.faults.write = true
    expect(await store.remove(['satu'])).toEqual([])
    expect(slugs(store)).toEqual(['satu'])
    expect(store.getState().failure).toMatchObject({ action: 'remove' })
  })

  it('shows what another tab really stored when a write fails', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.ready
    disk.values.set(
      KEY,
      documentOf([{ slug: 'lain', savedAt: '2025-08-19T00:00:00.000Z', complete: false, article: summary('lain') }]),
    )
    disk.faults.write = true
    await store.save(summary('satu'))
    expect(slugs(store)).toEqual(['lain'])
  })

  it('reports a write that storage never answers, puts the screen back, and later writes still go through', async () => {
    const disk = diskWith()
    const store = open(disk, { timeoutMs: 30 })
    await store.save(summary('satu'))
    disk.faults.writeNever = true
    const stalled = [store.save(summary('dua')), store.save(summary('tiga'))]
    expect(await Promise.all(stalled)).toEqual([false, false])
    expect(store.getState().failure).toMatchObject({ action: 'save', reason: 'stalled' })
    expect(slugs(store)).toEqual(['satu'])
    expect(store.getState().stored.map((item) => item.slug)).toEqual(['satu'])

    disk.faults.writeNever = false
    expect(await store.save(summary('empat'))).toBe(true)
    expect(storedSlugs(disk)).toEqual(['empat', 'satu'])
  })

  it('lives in memory, and says so, when storage cannot be read at all', async () => {
    const disk = diskWith()
    disk.faults.read = true
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
    expect(await store.save(summary('satu'))).toBe(true)
    expect(slugs(store)).toEqual(['satu'])
    expect(disk.values.get(KEY)).toBeUndefined()
  })

  it('lives in memory when storage never answers', async () => {
    const disk = diskWith()
    disk.faults.readNever = true
    const store = open(disk, { timeoutMs: 20 })
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
  })

  it('lives in memory when there is no storage', async () => {
    const store = createBookmarkStore({ storage: null, now, timeoutMs: 1000 })
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
    await store.save(summary('satu'))
    expect(slugs(store)).toEqual(['satu'])
  })
})

describe('bookmark store: background upgrades of summaries', () => {
  // The v2 fixture holds one summary-only bookmark.
  const SUMMARY_SLUG = 'putin-telepon-xi'

  it('are refused without a word when the data is from a newer Warta', async () => {
    const newer = documentOf(v2Fixture.items, VERSION + 1)
    const disk = diskWith(newer)
    const store = open(disk)
    await store.ready
    expect(await store.upgrade(article(SUMMARY_SLUG))).toBe(false)
    expect(store.getState().failure).toBeNull()
    expect(store.get(SUMMARY_SLUG)).toMatchObject({ complete: false })
    expect(disk.values.get(KEY)).toEqual(newer)
  })

  it('keep the summary, without a word, when storage refuses, and upgrade it on a later try', async () => {
    const disk = diskWith(v2Fixture)
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    expect(await store.upgrade(article(SUMMARY_SLUG))).toBe(false)
    expect(store.getState().failure).toBeNull()
    expect(store.get(SUMMARY_SLUG)).toMatchObject({ complete: false })

    disk.faults.write = false
    expect(await store.upgrade(article(SUMMARY_SLUG))).toBe(true)
    expect(store.get(SUMMARY_SLUG)).toMatchObject({ complete: true })
  })
})

describe('bookmark store: two tabs', () => {
  it('keeps both saves when two tabs save at the same moment', async () => {
    const disk = diskWith()
    const first = open(disk)
    const second = open(disk)
    await Promise.all([first.ready, second.ready])
    await Promise.all([first.save(summary('satu')), second.save(summary('dua'))])
    expect(storedSlugs(disk)).toEqual(expect.arrayContaining(['satu', 'dua']))
    await vi.waitFor(() => {
      expect(slugs(first).sort()).toEqual(['dua', 'satu'])
      expect(slugs(second).sort()).toEqual(['dua', 'satu'])
    })
  })

  it('shows the other tab its changes', async () => {
    const disk = diskWith()
    const first = open(disk)
    const second = open(disk)
    await first.save(summary('satu'))
    await vi.waitFor(() => expect(slugs(second)).toEqual(['satu']))
    await second.remove(['satu'])
    await vi.waitFor(() => expect(slugs(first)).toEqual([]))
  })

  it('writes its save again when another tab wrote over it from an older copy (localStorage has no transactions)', async () => {
    const disk = diskWith()
    const first = open(disk)
    await first.save(summary('satu'))
    // A tab that had not seen that save writes its own from the older copy: the same revision, without 'satu'.
    const dua = { slug: 'dua', savedAt: now().toISOString(), complete: false, article: summary('dua') }
    disk.values.set(KEY, { ...documentOf([dua]), revision: 1 })
    for (const tab of disk.tabs) tab(KEY)
    await vi.waitFor(() => expect(storedSlugs(disk)).toEqual(['dua', 'satu']))
    expect(slugs(first)).toEqual(['dua', 'satu'])
  })

  it('does not bring back what another tab removed after seeing the save', async () => {
    const disk = diskWith()
    const first = open(disk)
    const second = open(disk)
    await first.save(summary('satu'))
    await vi.waitFor(() => expect(slugs(second)).toEqual(['satu']))
    await second.remove(['satu'])
    await vi.waitFor(() => expect(slugs(first)).toEqual([]))
    expect(storedSlugs(disk)).toEqual([])
  })
})

describe('bookmark store: export and import', () => {
  it('exports the current document and imports without duplicates', async () => {
    const source = open(diskWith())
    await source.save(article('satu'))
    await source.save(summary('dua'))
    const file = source.exportFile()
    expect(JSON.parse(file)).toMatchObject({ format: FORMAT, version: VERSION, exportedAt: expect.any(String) })

    const target = open(diskWith())
    await target.save(summary('dua'))
    expect(await importText(target, file)).toEqual({ ok: true, added: 1, skipped: 1 })
    expect(slugs(target).sort()).toEqual(['dua', 'satu'])
    expect(target.get('satu')).toEqual(source.get('satu'))
    expect(await importText(target, file)).toEqual({ ok: true, added: 0, skipped: 2 })
  })

  it("imports today's export files (format 2)", async () => {
    const store = open(diskWith())
    const file = JSON.stringify({ ...v2Fixture, exportedAt: '2025-08-20T00:00:00.000Z' })
    expect(await importText(store, file)).toEqual({ ok: true, added: 2, skipped: 0 })
  })

  it('imports a format 1 file, and counts unreadable items as skipped', async () => {
    const file = structuredClone(v1Fixture) as { bookmarks: unknown[] }
    file.bookmarks.push({ slug: 'rusak' })
    const store = open(diskWith())
    expect(await importText(store, JSON.stringify(file))).toEqual({ ok: true, added: 3, skipped: 1 })
  })

  it('counts an article the file holds twice as skipped, keeping its first copy', async () => {
    const file = structuredClone(v2Fixture)
    file.items.push({ ...structuredClone(file.items[0]!), savedAt: '2025-08-19T00:00:00.000Z' })
    const store = open(diskWith())
    expect(await importText(store, JSON.stringify(file))).toEqual({ ok: true, added: 2, skipped: 1 })
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(store.get('ktt-alaska-berakhir')?.savedAt).toBe(v2Fixture.items[0]!.savedAt)
  })

  it.each([
    ['not JSON', 'hello', 'notJson'],
    ['a foreign JSON file', JSON.stringify({ bookmarks: [{ url: 'https://example.com' }] }), 'foreign'],
    ['a file from a newer Warta', JSON.stringify(documentOf([], VERSION + 1)), 'newer'],
    [
      'a file of another format name',
      JSON.stringify({ format: 'warta.bookmarks-beta', version: 2, items: [] }),
      'foreign',
    ],
    ['a file of too many articles', JSON.stringify(documentOf(Array.from({ length: 100_001 }, () => 0))), 'tooLarge'],
  ])('refuses %s and changes nothing', async (_, text, reason) => {
    const disk = diskWith()
    const store = open(disk)
    await store.save(summary('satu'))
    const before = structuredClone(disk.values.get(KEY))
    expect(await importText(store, text)).toEqual({ ok: false, reason })
    expect(disk.values.get(KEY)).toEqual(before)
    expect(slugs(store)).toEqual(['satu'])
  })

  it('reports progress while it checks a big file', () => {
    const items = Array.from({ length: 5000 }, (_, index) => ({
      slug: `artikel-${index}`,
      savedAt: '2025-08-19T00:00:00.000Z',
      complete: false,
      article: summary(`artikel-${index}`),
    }))
    const progress: [number, number][] = []
    const parsed = parseImport(JSON.stringify(documentOf(items)), (done, total) => progress.push([done, total]))
    expect(parsed).toMatchObject({ ok: true, invalid: 0, duplicates: 0 })
    expect(progress).toEqual([
      [2000, 5000],
      [4000, 5000],
    ])
  })

  it('says an import failed when storage refuses it, and changes nothing', async () => {
    const disk = diskWith()
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    expect(await importText(store, JSON.stringify(v2Fixture))).toEqual({ ok: false, reason: 'storage' })
    expect(slugs(store)).toEqual([])
  })
})

describe('localStorage storage', () => {
  it('keeps each kind under its key, returns unreadable text as it is, and lists set-aside copies', async () => {
    const storage = localStorageStorage(localStorage, undefined)
    expect(await storage.read(KEY)).toBeUndefined()
    await storage.update(KEY, () => documentOf([]))
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toMatchObject({ format: FORMAT })
    localStorage.setItem(KEY, '{broken')
    expect(await storage.read(KEY)).toBe('{broken')
    expect(storage.peek?.(KEY)).toBe('{broken')
    await storage.setAside('warta:bookmarks:set-aside:x', '{broken')
    expect(localStorage.getItem('warta:bookmarks:set-aside:x')).toBe('{broken')
    expect(await storage.listSetAside()).toEqual([{ key: 'warta:bookmarks:set-aside:x', value: '{broken' }])
  })

  it('writes under a Web Lock where the browser has them', async () => {
    const held: string[] = []
    const locks = {
      request: vi.fn(async (name: string, callback: () => Promise<void> | void) => {
        held.push(name)
        await callback()
      }),
    }
    const storage = localStorageStorage(localStorage, locks)
    await storage.update(KEY, () => documentOf([]))
    expect(held).toEqual([`warta:${KEY}`])
    expect(localStorage.getItem(KEY)).not.toBeNull()
  })

  it('hears other tabs through the storage event', () => {
    const storage = localStorageStorage(localStorage, undefined)
    const onChange = vi.fn()
    const stop = storage.watch(KEY, onChange)
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    window.dispatchEvent(new StorageEvent('storage', { key: 'warta:settings' }))
    stop()
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    expect(onChange).toHaveBeenCalledTimes(1)
  })
})
