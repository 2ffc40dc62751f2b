// Bookmarks over their kind store: the one source behind every bookmark
// button, the nav count and the bookmarks page. Every change is idempotent
// (adding a saved slug or removing a missing one changes nothing), so a change
// can be applied again to what another tab stored (merge on write).
import type { Article, ArticleSummary } from '../api/schemas'
import {
  bookmarksKind,
  bySavedDesc,
  exportBookmarks,
  toSummary,
  type Bookmark,
  type Bookmarks,
  type ImportRefusal,
  type ParsedImport,
} from './bookmark-format'
import { createKindStore, readSide, type Change, type KindState, type KindStoreOptions } from './kind-store'

export type BookmarkAction = 'save' | 'remove' | 'import'
export type BookmarkState = KindState<Bookmarks, BookmarkAction>

export type ImportOutcome =
  { ok: true; added: number; skipped: number } | { ok: false; reason: ImportRefusal | 'storage' | 'readOnly' }

function add(bookmarks: readonly Bookmark[], counted?: { added: number }): Change<Bookmarks> {
  return (current) => {
    const bySlug = new Map(current.map((item) => [item.slug, item]))
    let added = 0
    let changed = false
    for (const bookmark of bookmarks) {
      const existing = bySlug.get(bookmark.slug)
      if (!existing) {
        bySlug.set(bookmark.slug, bookmark)
        added += 1
        changed = true
      } else if (!existing.complete && bookmark.complete) {
        bySlug.set(bookmark.slug, { ...bookmark, savedAt: existing.savedAt })
        changed = true
      }
    }
    if (counted) counted.added = added
    return changed ? [...bySlug.values()].sort(bySavedDesc) : current
  }
}

function upgrade(article: Article): Change<Bookmarks> {
  return (current) => {
    const index = current.findIndex((item) => item.slug === article.slug)
    const existing = current[index]
    if (!existing || existing.complete) return current
    const next = [...current]
    next[index] = { slug: existing.slug, savedAt: existing.savedAt, complete: true, article }
    return next
  }
}

function remove(slugs: readonly string[]): Change<Bookmarks> {
  const gone = new Set(slugs)
  return (current) =>
    current.some((item) => gone.has(item.slug)) ? current.filter((item) => !gone.has(item.slug)) : current
}

function isArticle(article: Article | ArticleSummary): article is Article {
  return 'body' in article && Array.isArray(article.body)
}

function toBookmark(article: Article | ArticleSummary, now: Date): Bookmark {
  const savedAt = now.toISOString()
  return isArticle(article)
    ? { slug: article.slug, savedAt, complete: true, article }
    : { slug: article.slug, savedAt, complete: false, article: toSummary(article) }
}

export type BookmarkStore = ReturnType<typeof createBookmarkStore>

export function createBookmarkStore(
  options: KindStoreOptions & {
    /** Asked once, after the first save (navigator.storage.persist in the browser). */
    requestPersistence?: () => Promise<unknown>
  },
) {
  const store = createKindStore<Bookmarks, BookmarkAction>(
    { ...bookmarksKind, merge: (current, incoming) => add(incoming)(current) },
    options,
  )
  let persistenceAsked = false
  const askPersistence = () => {
    if (persistenceAsked || !options.requestPersistence) return
    persistenceAsked = true
    options.requestPersistence().catch(() => undefined)
  }
  return {
    ...readSide(store),
    get: (slug: string): Bookmark | undefined => store.getState().value.find((item) => item.slug === slug),

    /** Saves a whole article, or a summary to be upgraded to the whole article later. True once stored. */
    async save(article: Article | ArticleSummary): Promise<boolean> {
      const { ok } = await store.change(add([toBookmark(article, options.now())]), 'save')
      if (ok) askPersistence()
      return ok
    },
    /**
     * Replaces a summary-only bookmark with the whole article; nothing if it is not saved or already whole.
     * Done in the background, so never reported: on a failure the summary stays, to be upgraded another time.
     */
    upgrade: async (article: Article) => (await store.change(upgrade(article), 'save', { quiet: true })).ok,
    /** Removes, and returns what was removed so that it can be restored (undo). */
    async remove(slugs: string[]): Promise<Bookmark[]> {
      const removed = store.getState().value.filter((item) => slugs.includes(item.slug))
      const { ok } = await store.change(remove(slugs), 'remove')
      return ok ? removed : []
    },
    /** Puts removed bookmarks back as they were (same time saved). */
    restore: async (bookmarks: Bookmark[]) => (await store.change(add(bookmarks), 'save')).ok,
    /** Adds what an import file held (parsed by import-worker.ts or parseImport). */
    async importParsed(parsed: ParsedImport): Promise<ImportOutcome> {
      if (!parsed.ok) return parsed
      const counted = { added: 0 }
      const { ok } = await store.change(add(parsed.items, counted), 'import')
      if (!ok) return { ok: false, reason: store.getState().access === 'read-only' ? 'readOnly' : 'storage' }
      return {
        ok: true,
        added: counted.added,
        skipped: parsed.items.length - counted.added + parsed.invalid + parsed.duplicates,
      }
    },
    exportFile: (): string => exportBookmarks(store.getState().value, options.now()),
  }
}
