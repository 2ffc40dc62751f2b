// The bookmarks kind: a saved article, its zod schema, how older documents
// migrate, and the export and import files. Everything read from storage or
// from an imported file is validated like network data: a bad item never
// reaches the screen, and nothing that cannot be read is silently dropped.
// docs/decisions/001-bookmark-storage.md and 013 explain the versions.
import * as z from 'zod/mini'
import { Article, ArticleSummary } from '../api/schemas'
import { decodeDocument, encodeDocument, type KindDefinition } from './kind-store'

/** A saved article: the whole Article when we had it, else its summary until it can be upgraded. */
export const Bookmark = z
  .discriminatedUnion('complete', [
    z.object({
      slug: z.string(),
      savedAt: z.iso.datetime({ offset: true }),
      complete: z.literal(true),
      article: Article,
    }),
    z.object({
      slug: z.string(),
      savedAt: z.iso.datetime({ offset: true }),
      complete: z.literal(false),
      article: ArticleSummary,
    }),
  ])
  .check(z.refine((bookmark) => bookmark.slug === bookmark.article.slug, 'slug does not match the article'))
export type Bookmark = z.infer<typeof Bookmark>

/** What a kind of bookmarks holds: newest saved first, one per slug. */
export type Bookmarks = readonly Bookmark[]

/** The format bookmarks had on their own, before the reader-data format (versions 1 and 2). */
const LEGACY_FORMAT = 'warta.bookmarks'

// Format 1, the feature's first draft: summaries only, epoch-millisecond times.
const V1Item = z.object({ slug: z.string(), savedAt: z.number(), summary: ArticleSummary })
const V1 = z.object({ bookmarks: z.array(z.unknown()) })
const V2 = z.object({ items: z.array(z.unknown()) })

function migrateV1Item(raw: unknown): unknown {
  const parsed = V1Item.safeParse(raw)
  if (!parsed.success) return raw
  const { slug, savedAt, summary } = parsed.data
  const date = new Date(savedAt)
  if (Number.isNaN(date.getTime())) return raw // unreadable: counted and set aside, never guessed
  return { slug, savedAt: date.toISOString(), complete: false, article: summary }
}

// Code-unit order (ISO times, then slugs), not localeCompare: that loads the browser's collation data.
export const bySavedDesc = (a: Bookmark, b: Bookmark) =>
  b.savedAt < a.savedAt ? -1 : b.savedAt > a.savedAt ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0

type ReadItems = { value: Bookmark[]; invalid: number; duplicates: number }

/** Validates items one by one; `onProgress` hears how many were read (an import of many thousands). */
function readItems(rawItems: readonly unknown[], onProgress?: (done: number) => void): ReadItems {
  const value: Bookmark[] = []
  const seen = new Set<string>()
  let invalid = 0
  let duplicates = 0
  rawItems.forEach((raw, index) => {
    const parsed = Bookmark.safeParse(raw)
    if (!parsed.success) invalid += 1
    else if (seen.has(parsed.data.slug)) duplicates += 1
    else {
      seen.add(parsed.data.slug)
      value.push(parsed.data)
    }
    if (onProgress && index % 2000 === 1999) onProgress(index + 1)
  })
  return { value: value.sort(bySavedDesc), invalid, duplicates }
}

export const bookmarksKind: KindDefinition<Bookmarks> = {
  name: 'bookmarks',
  version: 3,
  empty: [],
  read: (data) => (Array.isArray(data) ? readItems(data) : null),
  count: (value) => value.length,
  legacy: [
    {
      from: 'v1',
      matches: (value) => value.format === LEGACY_FORMAT && value.version === 1,
      toData: (value) => {
        const v1 = V1.safeParse(value)
        return v1.success ? v1.data.bookmarks.map(migrateV1Item) : null
      },
    },
    {
      from: 'v2',
      matches: (value) => value.format === LEGACY_FORMAT && value.version === 2,
      toData: (value) => {
        const v2 = V2.safeParse(value)
        return v2.success ? v2.data.items : null
      },
    },
  ],
}

/** The export file: the current document plus when it was made. */
export function exportBookmarks(items: Bookmarks, now: Date): string {
  return JSON.stringify({ ...encodeDocument(bookmarksKind, items), exportedAt: now.toISOString() }, null, 2)
}

export type ImportRefusal = 'notJson' | 'foreign' | 'newer' | 'tooLarge'
/** `invalid` and `duplicates` (a slug the file already had) are left out of `items`: both count as skipped. */
export type ParsedImport =
  { ok: true; items: Bookmark[]; invalid: number; duplicates: number } | { ok: false; reason: ImportRefusal }

/** A file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024
/** More bookmarks than this are refused: the page and the stored record are built for tens of thousands. */
export const MAX_IMPORT_ITEMS = 100_000

/**
 * Checks an import file's text: only bookmarks, in a version this Warta knows (today's and older export files).
 * Slow for big files: run it off the main thread (import-worker.ts).
 */
export function parseImport(text: string, onProgress?: (done: number, total: number) => void): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooLarge' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'notJson' }
  }
  const rawItems = rawItemsOf(value)
  if (rawItems && rawItems.length > MAX_IMPORT_ITEMS) return { ok: false, reason: 'tooLarge' }
  const kind: KindDefinition<Bookmarks> = {
    ...bookmarksKind,
    read: (data) => (Array.isArray(data) ? readItems(data, (done) => onProgress?.(done, data.length)) : null),
  }
  const decoded = decodeDocument(kind, value)
  if (decoded.kind === 'unrecognised' && decoded.newer !== null) return { ok: false, reason: 'newer' }
  if (decoded.kind !== 'ok') return { ok: false, reason: 'foreign' }
  const { value: items, invalid } = decoded
  // Duplicates within the file were dropped by readItems; count them as skipped.
  const total = rawItems?.length ?? items.length
  return { ok: true, items: [...items], invalid, duplicates: total - items.length - invalid }
}

/** The item list of any version, to check its length before validating it. */
function rawItemsOf(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null) return null
  const { data, items, bookmarks } = value as { data?: unknown; items?: unknown; bookmarks?: unknown }
  const list = data ?? items ?? bookmarks
  return Array.isArray(list) ? list : null
}

/** Just the summary fields of an article (a whole Article is also a summary). */
export function toSummary(article: ArticleSummary): ArticleSummary {
  const { slug, title, dek, publishedAt, section, hero, entities, readingMinutes } = article
  return { slug, title, dek, publishedAt, section, hero, entities, readingMinutes }
}
