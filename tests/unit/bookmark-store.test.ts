import type { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import type { Article, ArticleSummary } from '../../src/api/schemas'
import { CURRENT_VERSION, decodeBookmarks, FORMAT } from '../../src/lib/bookmark-format'
import { upgradeSnapshot } from '../../src/lib/bookmark-snapshots'
import { localStorageStorage, STORAGE_KEY } from '../../src/lib/bookmark-storage'
import { createBookmarkStore, type BookmarkStore } from '../../src/lib/bookmark-store'
import v1Fixture from '../fixtures/bookmarks-v1.json'
import v2Fixture from '../fixtures/bookmarks-v2.json'
import { createDisk, standInStorage, type Disk } from '../bookmark-storage-stand-in'

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
  return createBookmarkStore({ storage: standInStorage(disk), now, ...extra })
}

const slugs = (store: BookmarkStore) => store.getState().items.map((item) => item.slug)
const storedSlugs = (disk: Disk) => {
  const decoded = decodeBookmarks(disk.value)
  return decoded.kind === 'ok' ? decoded.items.map((item) => item.slug) : decoded.kind
}

describe('bookmark store: saving', () => {
  it('starts empty, saves whole articles in the current format, newest first, and finds them after a restart', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ status: 'ready', items: [], access: 'read-write', problem: null })
    await store.save(article('satu'))
    await store.save(article('dua'))
    expect(slugs(store)).toEqual(['dua', 'satu'])
    expect(disk.value).toMatchObject({ format: FORMAT, version: CURRENT_VERSION })
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
    const disk = createDisk()
    const store = open(disk)
    await store.save({ ...article('satu'), body: undefined } as unknown as ArticleSummary)
    const saved = store.get('satu')
    expect(saved).toMatchObject({ complete: false })
    expect(saved?.article).not.toHaveProperty('body')
    await store.upgrade(article('satu'))
    expect(store.get('satu')).toMatchObject({ complete: true, savedAt: saved?.savedAt })
  })

  it('shows a save at once, before storage answers', async () => {
    const store = open(createDisk())
    await store.ready
    const saving = store.save(summary('satu'))
    await Promise.resolve()
    await Promise.resolve()
    expect(slugs(store)).toEqual(['satu'])
    await saving
  })

  it('removes and restores (undo) with the original time saved', async () => {
    const disk = createDisk()
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
    const store = open(createDisk(), { requestPersistence })
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
    ['our marker with a broken list', { format: FORMAT, version: 2, items: 'nope' }],
    ['a number', 42],
  ])('sets aside %s, reports it, starts an empty list and keeps working', async (_, raw) => {
    const disk = createDisk(raw)
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({
      items: [],
      access: 'read-write',
      problem: { kind: 'corrupt', unreadable: 'all', setAside: true },
    })
    expect([...disk.asides]).toEqual([[expect.stringMatching(/^warta:bookmarks:set-aside:unreadable:/), raw]])
    await store.save(summary('satu'))
    expect(storedSlugs(disk)).toEqual(['satu'])
    expect([...disk.asides.values()]).toEqual([raw])
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
    const disk = createDisk(raw)
    const store = open(disk)
    await store.ready
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 2, setAside: true })
    expect([...disk.asides.values()]).toEqual([raw])
    expect(storedSlugs(disk)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
  })

  it('never writes over damaged data it could not copy: bookmarks then live in memory', async () => {
    const disk = createDisk('garbage')
    disk.faults.setAside = true
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({
      access: 'memory',
      problem: { kind: 'corrupt', unreadable: 'all', setAside: false },
    })
    await store.save(summary('satu'))
    expect(slugs(store)).toEqual(['satu'])
    expect(disk.value).toBe('garbage')
  })

  it('handles data damaged by someone else after it started, then saves', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.save(summary('satu'))
    disk.value = '}{'
    await store.save(summary('dua'))
    expect([...disk.asides.values()]).toEqual(['}{'])
    expect(store.getState().problem).toMatchObject({ kind: 'corrupt' })
    expect(storedSlugs(disk)).toEqual(['dua'])
  })
})

describe('bookmark store: other versions', () => {
  it('opens data from a newer Warta read-only and never writes over it', async () => {
    const newer = { format: FORMAT, version: CURRENT_VERSION + 1, items: v2Fixture.items, shelves: ['baru'] }
    const disk = createDisk(newer)
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({
      access: 'read-only',
      problem: { kind: 'newer', version: CURRENT_VERSION + 1 },
    })
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(await store.save(summary('satu'))).toBe(false)
    expect(await store.remove(['putin-telepon-xi'])).toEqual([])
    expect(store.getState().failure).toMatchObject({ reason: 'readOnly' })
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(disk.value).toEqual(newer)
  })

  it('migrates format 1 keeping every item, and keeps a copy of the original', async () => {
    const disk = createDisk(v1Fixture)
    const store = open(disk)
    await store.ready
    expect(store.getState().problem).toBeNull()
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'trump-klaim-kemajuan', 'putin-telepon-xi'])
    expect(store.get('putin-telepon-xi')).toMatchObject({
      complete: false,
      savedAt: new Date(1754700000000).toISOString(),
      article: { title: 'Putin Telepon Xi' },
    })
    expect(disk.value).toMatchObject({ version: CURRENT_VERSION })
    expect(storedSlugs(disk)).toEqual(
      expect.arrayContaining(['ktt-alaska-berakhir', 'trump-klaim-kemajuan', 'putin-telepon-xi']),
    )
    expect([...disk.asides.entries()]).toEqual([[expect.stringMatching(/:set-aside:v1:/), v1Fixture]])
  })

  it('reads the current format (fixture) as it is', async () => {
    const disk = createDisk(v2Fixture)
    const store = open(disk)
    await store.ready
    expect(store.getState().problem).toBeNull()
    expect(store.get('ktt-alaska-berakhir')).toMatchObject({ complete: true })
    expect(disk.asides.size).toBe(0)
  })
})

describe('bookmark store: storage that fails', () => {
  it('rolls a failed save back to what is stored and says so', async () => {
    const disk = createDisk()
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
    const disk = createDisk()
    const store = open(disk)
    await store.save(summary('satu'))
    disk.faults.write = true
    expect(await store.remove(['satu'])).toEqual([])
    expect(slugs(store)).toEqual(['satu'])
    expect(store.getState().failure).toMatchObject({ action: 'remove' })
  })

  it('shows what another tab really stored when a write fails', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    disk.value = {
      format: FORMAT,
      version: CURRENT_VERSION,
      items: [{ slug: 'lain', savedAt: '2025-08-19T00:00:00.000Z', complete: false, article: summary('lain') }],
    }
    disk.faults.write = true
    await store.save(summary('satu'))
    expect(slugs(store)).toEqual(['lain'])
  })

  it('lives in memory, and says so, when storage cannot be read at all', async () => {
    const disk = createDisk()
    disk.faults.read = true
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
    expect(await store.save(summary('satu'))).toBe(true)
    expect(slugs(store)).toEqual(['satu'])
    expect(disk.value).toBeUndefined()
  })

  it('lives in memory when storage never answers', async () => {
    const disk = createDisk()
    disk.faults.readNever = true
    const store = open(disk, { readTimeoutMs: 20 })
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
  })

  it('lives in memory when there is no storage', async () => {
    const store = createBookmarkStore({ storage: null })
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
    await store.save(summary('satu'))
    expect(slugs(store)).toEqual(['satu'])
  })
})

describe('bookmark store: background upgrades of summaries', () => {
  // The v2 fixture holds one summary-only bookmark.
  const SUMMARY_SLUG = 'putin-telepon-xi'
  /** A query client that answers the article request with the whole article. */
  const answering = () => {
    const fetchQuery = vi.fn(async () => article(SUMMARY_SLUG))
    return { fetchQuery, queryClient: { fetchQuery } as unknown as QueryClient }
  }

  it('upgrades a summary to the whole article, keeping when it was saved', async () => {
    const disk = createDisk(v2Fixture)
    const store = open(disk)
    await store.ready
    const savedAt = store.get(SUMMARY_SLUG)?.savedAt
    await upgradeSnapshot(store, answering().queryClient, SUMMARY_SLUG)
    expect(store.get(SUMMARY_SLUG)).toMatchObject({ complete: true, savedAt })
    expect(store.getState().failure).toBeNull()
  })

  it('skips them, without a word and without fetching, when the data is from a newer Warta', async () => {
    const newer = { format: FORMAT, version: CURRENT_VERSION + 1, items: v2Fixture.items }
    const disk = createDisk(newer)
    const store = open(disk)
    await store.ready
    const { fetchQuery, queryClient } = answering()
    await upgradeSnapshot(store, queryClient, SUMMARY_SLUG)
    expect(fetchQuery).not.toHaveBeenCalled()
    expect(await store.upgrade(article(SUMMARY_SLUG))).toBe(false)
    expect(store.getState().failure).toBeNull()
    expect(store.get(SUMMARY_SLUG)).toMatchObject({ complete: false })
    expect(disk.value).toEqual(newer)
  })

  it('keeps the summary, without a word, when storage refuses the upgrade, and upgrades it on a later try', async () => {
    const disk = createDisk(v2Fixture)
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    await upgradeSnapshot(store, answering().queryClient, SUMMARY_SLUG)
    expect(store.getState().failure).toBeNull()
    expect(store.get(SUMMARY_SLUG)).toMatchObject({ complete: false })

    disk.faults.write = false
    await upgradeSnapshot(store, answering().queryClient, SUMMARY_SLUG)
    expect(store.get(SUMMARY_SLUG)).toMatchObject({ complete: true })
    expect(decodeBookmarks(disk.value)).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ slug: SUMMARY_SLUG, complete: true })]),
    })
  })
})

describe('bookmark store: two tabs', () => {
  it('keeps both saves when two tabs save at the same moment', async () => {
    const disk = createDisk()
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
    const disk = createDisk()
    const first = open(disk)
    const second = open(disk)
    await first.save(summary('satu'))
    await vi.waitFor(() => expect(slugs(second)).toEqual(['satu']))
    await second.remove(['satu'])
    await vi.waitFor(() => expect(slugs(first)).toEqual([]))
  })
})

describe('bookmark store: export and import', () => {
  it('exports with the format version and imports without duplicates', async () => {
    const source = open(createDisk())
    await source.save(article('satu'))
    await source.save(summary('dua'))
    const file = source.exportFile()
    expect(JSON.parse(file)).toMatchObject({ format: FORMAT, version: CURRENT_VERSION, exportedAt: expect.any(String) })

    const disk = createDisk()
    const target = open(disk)
    await target.save(summary('dua'))
    expect(await target.importFile(file)).toEqual({ ok: true, added: 1, skipped: 1 })
    expect(slugs(target).sort()).toEqual(['dua', 'satu'])
    expect(target.get('satu')).toEqual(source.get('satu'))
    expect(await target.importFile(file)).toEqual({ ok: true, added: 0, skipped: 2 })
  })

  it('imports a format 1 file, and counts unreadable items as skipped', async () => {
    const file = structuredClone(v1Fixture) as { bookmarks: unknown[] }
    file.bookmarks.push({ slug: 'rusak' })
    const store = open(createDisk())
    expect(await store.importFile(JSON.stringify(file))).toEqual({ ok: true, added: 3, skipped: 1 })
  })

  it('counts an article the file holds twice as skipped, keeping its first copy', async () => {
    const file = structuredClone(v2Fixture)
    file.items.push({ ...structuredClone(file.items[0]!), savedAt: '2025-08-19T00:00:00.000Z' })
    const store = open(createDisk())
    expect(await store.importFile(JSON.stringify(file))).toEqual({ ok: true, added: 2, skipped: 1 })
    expect(slugs(store)).toEqual(['ktt-alaska-berakhir', 'putin-telepon-xi'])
    expect(store.get('ktt-alaska-berakhir')?.savedAt).toBe(v2Fixture.items[0]!.savedAt)
  })

  it.each([
    ['not JSON', 'hello', 'notJson'],
    ['a foreign JSON file', JSON.stringify({ bookmarks: [{ url: 'https://example.com' }] }), 'foreign'],
    ['a file from a newer Warta', JSON.stringify({ format: FORMAT, version: CURRENT_VERSION + 1, items: [] }), 'newer'],
  ])('refuses %s and changes nothing', async (_, text, reason) => {
    const disk = createDisk()
    const store = open(disk)
    await store.save(summary('satu'))
    const before = structuredClone(disk.value)
    expect(await store.importFile(text)).toEqual({ ok: false, reason })
    expect(disk.value).toEqual(before)
    expect(slugs(store)).toEqual(['satu'])
  })

  it('says an import failed when storage refuses it, and changes nothing', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    expect(await store.importFile(JSON.stringify(v2Fixture))).toEqual({ ok: false, reason: 'storage' })
    expect(slugs(store)).toEqual([])
  })
})

describe('localStorage adapter', () => {
  it('keeps the list under one key, returns unreadable text as it is, and keeps set-aside copies apart', async () => {
    const storage = localStorageStorage(localStorage)
    expect(await storage.read()).toBeUndefined()
    await storage.update(() => ({ format: FORMAT, version: 2, items: [] }))
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '')).toMatchObject({ format: FORMAT })
    localStorage.setItem(STORAGE_KEY, '{broken')
    expect(await storage.read()).toBe('{broken')
    await storage.setAside('warta:bookmarks:set-aside:x', '{broken')
    expect(localStorage.getItem('warta:bookmarks:set-aside:x')).toBe('{broken')
  })

  it('hears other tabs through the storage event', () => {
    const storage = localStorageStorage(localStorage)
    const onChange = vi.fn()
    const stop = storage.watch(onChange)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    window.dispatchEvent(new StorageEvent('storage', { key: 'warta:settings' }))
    stop()
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(onChange).toHaveBeenCalledTimes(1)
  })
})
