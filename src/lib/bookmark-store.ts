// The one bookmark store behind every bookmark button, the nav count and the
// bookmarks page. Rules (issue 5): every write re-reads what is stored and
// merges into it (two tabs saving at once keep both); a failed write puts the
// screen back to what is really stored and says so; data that cannot be read
// is set aside under its own key and reported, never overwritten; data from a
// newer Warta is shown read-only; without usable storage, bookmarks live in
// memory and the reader is told.
import { useSyncExternalStore } from 'react'
import type { Article, ArticleSummary } from '../api/schemas'
import {
  decodeBookmarks,
  encodeBookmarks,
  exportBookmarks,
  parseImport,
  toSummary,
  type Bookmark,
  type ImportRefusal,
} from './bookmark-format'
import { openBrowserStorage, setAsideKey, type BookmarkStorage } from './bookmark-storage'

export type StorageProblem =
  /** No usable storage: bookmarks last as long as the tab. */
  | { kind: 'unavailable' }
  /** Stored data could not be read (`unreadable` items, or all of it). `setAside`: a copy was kept under its own key. */
  | { kind: 'corrupt'; unreadable: number | 'all'; setAside: boolean }
  /** Written by a newer Warta: shown read-only, never overwritten. */
  | { kind: 'newer'; version: number }

export type WriteAction = 'save' | 'remove' | 'import'
export type WriteFailure = { id: number; action: WriteAction; reason: 'storage' | 'readOnly' }

export type BookmarkState = {
  status: 'loading' | 'ready'
  /** Newest saved first. */
  items: Bookmark[]
  access: 'read-write' | 'read-only' | 'memory'
  problem: StorageProblem | null
  /** The last write that did not happen, until dismissed. */
  failure: WriteFailure | null
}

export type ImportOutcome =
  { ok: true; added: number; skipped: number } | { ok: false; reason: ImportRefusal | 'storage' | 'readOnly' }

type Op =
  { type: 'add'; bookmarks: Bookmark[] } | { type: 'upgrade'; article: Article } | { type: 'remove'; slugs: string[] }

const bySavedDesc = (a: Bookmark, b: Bookmark) => b.savedAt.localeCompare(a.savedAt) || a.slug.localeCompare(b.slug)

function apply(op: Op, items: Bookmark[]): { items: Bookmark[]; added: number } {
  const bySlug = new Map(items.map((item) => [item.slug, item]))
  let added = 0
  if (op.type === 'add') {
    for (const bookmark of op.bookmarks) {
      const existing = bySlug.get(bookmark.slug)
      if (!existing) {
        bySlug.set(bookmark.slug, bookmark)
        added += 1
      } else if (!existing.complete && bookmark.complete) {
        bySlug.set(bookmark.slug, { ...bookmark, savedAt: existing.savedAt })
      }
    }
  } else if (op.type === 'upgrade') {
    const existing = bySlug.get(op.article.slug)
    if (existing && !existing.complete)
      bySlug.set(existing.slug, { slug: existing.slug, savedAt: existing.savedAt, complete: true, article: op.article })
  } else {
    for (const slug of op.slugs) bySlug.delete(slug)
  }
  return { items: [...bySlug.values()].sort(bySavedDesc), added }
}

/** Stored data this version must not write over (unreadable items, or a newer format). */
class NotWritable extends Error {}

function isArticle(article: Article | ArticleSummary): article is Article {
  return 'body' in article && Array.isArray(article.body)
}

export function toBookmark(article: Article | ArticleSummary, now = new Date()): Bookmark {
  const savedAt = now.toISOString()
  return isArticle(article)
    ? { slug: article.slug, savedAt, complete: true, article }
    : { slug: article.slug, savedAt, complete: false, article: toSummary(article) }
}

function sameValue(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return a === b
  }
}

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage did not answer')), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

export type BookmarkStoreOptions = {
  /** null: no usable storage, bookmarks live in memory. */
  storage: BookmarkStorage | null
  /** Asked once, after the first save (navigator.storage.persist in the browser). */
  requestPersistence?: () => Promise<unknown>
  now?: () => Date
  /** How long the first read may take before storage counts as unusable. */
  readTimeoutMs?: number
}

export type BookmarkStore = ReturnType<typeof createBookmarkStore>

export function createBookmarkStore({
  storage,
  requestPersistence,
  now = () => new Date(),
  readTimeoutMs = 5000,
}: BookmarkStoreOptions) {
  let stored: Bookmark[] = []
  const pending: Op[] = []
  let state: BookmarkState = {
    status: 'loading',
    items: [],
    access: storage ? 'read-write' : 'memory',
    problem: null,
    failure: null,
  }
  let failureId = 0
  let persistenceAsked = false
  const listeners = new Set<() => void>()
  // Loads and writes run one at a time, in order.
  let queue: Promise<unknown> = Promise.resolve()

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  function publish(patch: Partial<BookmarkState> = {}) {
    const items = pending.reduce((current, op) => apply(op, current).items, [...stored].sort(bySavedDesc))
    state = { ...state, ...patch, items }
    listeners.forEach((listener) => listener())
  }

  /** Copies unreadable data aside, then (only if it is still what we read) replaces it with what could be read. */
  async function setAsideAndReplace(raw: unknown, reason: string, items: Bookmark[]): Promise<boolean> {
    if (!storage) return false
    try {
      await storage.setAside(setAsideKey(reason, now()), raw)
    } catch {
      return false
    }
    try {
      await storage.update((current) => {
        if (!sameValue(current, raw)) throw new NotWritable('changed meanwhile')
        return encodeBookmarks(items)
      })
      storage.announce()
    } catch {
      // The copy is safe; the next write finds the data still unreadable and tries again.
    }
    return true
  }

  async function load(initial: boolean): Promise<void> {
    // Once living in memory, stay there: reading storage again would hide this visit's saves.
    if (!initial && state.access === 'memory') return
    if (!storage) {
      stored = initial ? [] : stored
      publish({ status: 'ready', access: 'memory', problem: { kind: 'unavailable' } })
      return
    }
    let raw: unknown
    try {
      raw = await timeout(storage.read(), readTimeoutMs)
    } catch {
      // Unusable from the start: live in memory. Later, keep what we last knew.
      if (initial) publish({ status: 'ready', access: 'memory', problem: { kind: 'unavailable' } })
      return
    }
    const decoded = decodeBookmarks(raw)
    if (decoded.kind === 'empty') {
      stored = []
      publish({ status: 'ready' })
    } else if (decoded.kind === 'newer') {
      stored = decoded.items
      publish({ status: 'ready', access: 'read-only', problem: { kind: 'newer', version: decoded.version } })
    } else if (decoded.kind === 'corrupt' || decoded.invalid > 0) {
      const items = decoded.kind === 'ok' ? decoded.items : []
      const kept = await setAsideAndReplace(raw, 'unreadable', items)
      stored = items
      publish({
        status: 'ready',
        // A copy could not be kept: never write over the only one.
        access: kept ? state.access : 'memory',
        problem: { kind: 'corrupt', unreadable: decoded.kind === 'ok' ? decoded.invalid : 'all', setAside: kept },
      })
    } else {
      if (decoded.migratedFrom !== null) await setAsideAndReplace(raw, `v${decoded.migratedFrom}`, decoded.items)
      stored = decoded.items
      publish({
        status: 'ready',
        access: state.access === 'read-only' ? 'read-write' : state.access,
        problem: state.problem?.kind === 'newer' ? null : state.problem,
      })
    }
  }

  function fail(action: WriteAction, reason: WriteFailure['reason']) {
    failureId += 1
    publish({ failure: { id: failureId, action, reason } })
  }

  /**
   * Applies `op` on screen now, then to what is stored now; on failure the screen shows what is stored.
   * `quiet`: a change the reader did not ask for (a background upgrade): nothing happens when storage
   * cannot be written, and a failure is not reported.
   */
  async function mutate(op: Op, action: WriteAction, { quiet = false } = {}): Promise<{ ok: boolean; added: number }> {
    await ready
    if (state.access === 'read-only') {
      if (!quiet) fail(action, 'readOnly')
      return { ok: false, added: 0 }
    }
    pending.push(op)
    publish()
    return enqueue(async () => {
      const done = (ok: boolean, added: number) => {
        pending.splice(pending.indexOf(op), 1)
        publish()
        return { ok, added }
      }
      if (!storage || state.access === 'memory') {
        const result = apply(op, stored)
        stored = result.items
        return done(true, result.added)
      }
      for (let attempt = 0; attempt < 2; attempt += 1) {
        let result = { items: stored, added: 0 }
        try {
          await storage.update((raw) => {
            const decoded = decodeBookmarks(raw)
            if (decoded.kind === 'empty') result = apply(op, [])
            else if (decoded.kind === 'ok' && decoded.invalid === 0) result = apply(op, decoded.items)
            else throw new NotWritable(decoded.kind)
            return encodeBookmarks(result.items)
          })
        } catch (error) {
          if (error instanceof NotWritable && attempt === 0) {
            // Someone wrote unreadable or newer data since we last read: handle it as on start, then try once more.
            await load(false)
            if (state.access !== 'read-write') break
            continue
          }
          break
        }
        stored = result.items
        storage.announce()
        if (op.type === 'add' && result.added > 0 && !persistenceAsked && requestPersistence) {
          persistenceAsked = true
          requestPersistence().catch(() => undefined)
        }
        return done(true, result.added)
      }
      // Show what is really stored, and say the write failed.
      pending.splice(pending.indexOf(op), 1)
      await load(false)
      if (!quiet) fail(action, state.access === 'read-only' ? 'readOnly' : 'storage')
      return { ok: false, added: 0 }
    })
  }

  const ready: Promise<void> = enqueue(() => load(true))
  const unwatch = storage?.watch(() => void enqueue(() => load(false))) ?? (() => undefined)

  return {
    ready,
    getState: (): BookmarkState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get: (slug: string): Bookmark | undefined => state.items.find((item) => item.slug === slug),

    /** Saves a whole article, or a summary to be upgraded to the whole article later. */
    save: async (article: Article | ArticleSummary) =>
      (await mutate({ type: 'add', bookmarks: [toBookmark(article, now())] }, 'save')).ok,
    /**
     * Replaces a summary-only bookmark with the whole article; nothing if it is not saved or already whole.
     * Done in the background, so never reported: skipped when storage is read-only, and on a failure the
     * summary stays, to be upgraded another time.
     */
    upgrade: async (article: Article) => (await mutate({ type: 'upgrade', article }, 'save', { quiet: true })).ok,
    /** Removes, and returns what was removed so that it can be restored (undo). */
    async remove(slugs: string[]): Promise<Bookmark[]> {
      const removed = state.items.filter((item) => slugs.includes(item.slug))
      const { ok } = await mutate({ type: 'remove', slugs }, 'remove')
      return ok ? removed : []
    },
    /** Puts removed bookmarks back as they were (same time saved). */
    restore: async (bookmarks: Bookmark[]) => (await mutate({ type: 'add', bookmarks }, 'save')).ok,
    async importFile(text: string): Promise<ImportOutcome> {
      const parsed = parseImport(text)
      if (!parsed.ok) return parsed
      const { ok, added } = await mutate({ type: 'add', bookmarks: parsed.items }, 'import')
      if (!ok) return { ok: false, reason: state.access === 'read-only' ? 'readOnly' : 'storage' }
      return { ok: true, added, skipped: parsed.items.length - added + parsed.invalid + parsed.duplicates }
    },
    exportFile: (): string => exportBookmarks(state.items, now()),
    /** Reads storage again (another tab's change; tests). */
    refresh: () => enqueue(() => load(false)),
    dismissProblem: () => publish({ problem: state.access === 'read-write' ? null : state.problem }),
    dismissFailure: () => publish({ failure: null }),
    dispose: () => unwatch(),
  }
}

function browserPersistence(): Promise<unknown> {
  const storage = globalThis.navigator?.storage
  if (!storage?.persist) return Promise.resolve(false)
  return storage.persisted().then((persisted) => persisted || storage.persist())
}

let instance: BookmarkStore | null = null

/** The app's store, opened on first use over the browser's storage. */
export function getBookmarkStore(): BookmarkStore {
  instance ??= createBookmarkStore({ storage: openBrowserStorage(), requestPersistence: browserPersistence })
  return instance
}

/** Swaps the app's store (tests); null opens a fresh one from storage on next use. */
export function replaceBookmarkStore(next: BookmarkStore | null): void {
  instance?.dispose()
  instance = next
}

export function useBookmarkState(): BookmarkState {
  const store = getBookmarkStore()
  return useSyncExternalStore(store.subscribe, store.getState, store.getState)
}

export function useBookmark(slug: string): Bookmark | undefined {
  return useBookmarkState().items.find((item) => item.slug === slug)
}
