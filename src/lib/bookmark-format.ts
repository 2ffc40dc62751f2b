// The stored and exported shape of bookmarks, versioned. Everything read from
// storage or from an imported file goes through `decodeBookmarks`, validated
// with zod like network data: a bad item never reaches the screen, and nothing
// that cannot be read is ever silently dropped (the caller sets it aside).
// docs/decisions/001-bookmark-storage.md explains the versions.
import * as z from 'zod/mini'
import { Article, ArticleSummary } from '../api/schemas'

export const FORMAT = 'warta.bookmarks'
export const CURRENT_VERSION = 2

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

export type BookmarkDocument = { format: typeof FORMAT; version: typeof CURRENT_VERSION; items: Bookmark[] }

/** Any version: only the marker and the version number, so newer files are recognised as ours. */
const Envelope = z.object({ format: z.literal(FORMAT), version: z.int().check(z.positive()) })

// Format 1, the feature's first draft: summaries only, epoch-millisecond times.
// Kept so that data in it is migrated, never lost (tests/fixtures/bookmarks-v1.json).
const V1Item = z.object({ slug: z.string(), savedAt: z.number(), summary: ArticleSummary })
const V1 = z.object({ format: z.literal(FORMAT), version: z.literal(1), bookmarks: z.array(z.unknown()) })
const V2 = z.object({ format: z.literal(FORMAT), version: z.literal(2), items: z.array(z.unknown()) })

function migrateV1Item(raw: unknown): unknown {
  const parsed = V1Item.safeParse(raw)
  if (!parsed.success) return raw
  const { slug, savedAt, summary } = parsed.data
  const date = new Date(savedAt)
  if (Number.isNaN(date.getTime())) return raw // unreadable: counted and set aside, never guessed
  return { slug, savedAt: date.toISOString(), complete: false, article: summary }
}

export type Decoded =
  /** Nothing stored yet. */
  | { kind: 'empty' }
  /**
   * Readable: `invalid` items failed validation (the caller sets the raw data aside); `duplicates`: later
   * items with the slug of an earlier one, left out (an import counts them as skipped); `migratedFrom` for older formats.
   */
  | { kind: 'ok'; items: Bookmark[]; invalid: number; duplicates: number; migratedFrom: number | null }
  /** Written by a newer Warta: `items` are those this version can read, for a read-only view. */
  | { kind: 'newer'; version: number; items: Bookmark[] }
  /** Not ours, or not readable at all. */
  | { kind: 'corrupt' }

function parseItems(rawItems: unknown[]): { items: Bookmark[]; invalid: number; duplicates: number } {
  const items: Bookmark[] = []
  const seen = new Set<string>()
  let invalid = 0
  let duplicates = 0
  for (const raw of rawItems) {
    const parsed = Bookmark.safeParse(raw)
    if (!parsed.success) invalid += 1
    else if (seen.has(parsed.data.slug)) duplicates += 1
    else {
      seen.add(parsed.data.slug)
      items.push(parsed.data)
    }
  }
  return { items, invalid, duplicates }
}

/** Reads a stored value or an imported file's parsed JSON, whatever it holds. */
export function decodeBookmarks(raw: unknown): Decoded {
  if (raw === undefined || raw === null) return { kind: 'empty' }
  let value = raw
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return { kind: 'corrupt' }
    }
  }
  const envelope = Envelope.safeParse(value)
  if (!envelope.success) return { kind: 'corrupt' }
  const { version } = envelope.data
  if (version > CURRENT_VERSION) {
    const items = z.object({ items: z.array(z.unknown()) }).safeParse(value)
    return { kind: 'newer', version, items: items.success ? parseItems(items.data.items).items : [] }
  }
  if (version === 1) {
    const v1 = V1.safeParse(value)
    if (!v1.success) return { kind: 'corrupt' }
    return { kind: 'ok', ...parseItems(v1.data.bookmarks.map(migrateV1Item)), migratedFrom: 1 }
  }
  const v2 = V2.safeParse(value)
  if (!v2.success) return { kind: 'corrupt' }
  return { kind: 'ok', ...parseItems(v2.data.items), migratedFrom: null }
}

export function encodeBookmarks(items: Bookmark[]): BookmarkDocument {
  return { format: FORMAT, version: CURRENT_VERSION, items }
}

/** The export file: the current format plus when it was made. */
export function exportBookmarks(items: Bookmark[], now = new Date()): string {
  return JSON.stringify({ ...encodeBookmarks(items), exportedAt: now.toISOString() }, null, 2)
}

export type ImportRefusal = 'notJson' | 'foreign' | 'newer' | 'tooLarge'
/** `invalid` and `duplicates` (a slug the file already had) are left out of `items`: both count as skipped. */
export type ParsedImport =
  { ok: true; items: Bookmark[]; invalid: number; duplicates: number } | { ok: false; reason: ImportRefusal }

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024

/** Checks an import file's text: only our format, in a version this Warta knows. */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooLarge' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'notJson' }
  }
  const decoded = decodeBookmarks(value)
  if (decoded.kind === 'newer') return { ok: false, reason: 'newer' }
  if (decoded.kind !== 'ok') return { ok: false, reason: 'foreign' }
  return { ok: true, items: decoded.items, invalid: decoded.invalid, duplicates: decoded.duplicates }
}

/** Just the summary fields of an article (a whole Article is also a summary). */
export function toSummary(article: ArticleSummary): ArticleSummary {
  const { slug, title, dek, publishedAt, section, hero, entities, readingMinutes } = article
  return { slug, title, dek, publishedAt, section, hero, entities, readingMinutes }
}
