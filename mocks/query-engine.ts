// The article query engine: articles sorted once into positions (newest first,
// ties by slug), one bitset over positions per entity, and pre-folded text for
// `q`. A query is a few bitset ANDs/ORs; facets are popcounts.
import { foldForSearch } from './annotator.ts'

export interface IndexableArticle {
  slug: string
  /** ISO 8601 with offset. */
  publishedAt: string
  title: string
  dek: string
  paragraphs: readonly string[]
  /** Entities the article mentions itself (annotated), in any order. */
  entityIds: readonly string[]
}

export interface IndexableEntity {
  id: string
  type: 'person' | 'country'
  countryId?: string | undefined
}

export type MatchMode = 'all' | 'any'

export interface ArticleQuery {
  entities?: readonly string[]
  /** Unknown input is validated: anything but 'all' or 'any' is an error. */
  match?: string | undefined
  q?: string | undefined
  cursor?: string | undefined
  /** A number or the raw query-string value. */
  limit?: number | string | undefined
  /** First WIB day (YYYY-MM-DD), inclusive. */
  from?: string | undefined
  /** Last WIB day (YYYY-MM-DD), inclusive. */
  to?: string | undefined
}

export interface DayCount {
  /** WIB day, YYYY-MM-DD. */
  date: string
  count: number
}

export interface Facet {
  entityId: string
  count: number
}

export interface QueryPage<A> {
  items: A[]
  nextCursor: string | null
  total: number
  facets: Facet[]
}

export type QueryErrorCode =
  | 'invalid_limit'
  | 'invalid_cursor'
  | 'foreign_cursor'
  | 'unknown_entity'
  | 'invalid_match'
  | 'query_too_long'
  | 'invalid_date'
  | 'invalid_range'

export interface QueryError {
  code: QueryErrorCode
  message: string
}

export type QueryResult<A> = { ok: true; value: QueryPage<A> } | { ok: false; error: QueryError }

export interface QueryEngine<A extends IndexableArticle> {
  readonly size: number
  query(input: ArticleQuery): QueryResult<A>
  /** Articles a filter on this entity returns (a country includes its people's articles). */
  countFor(entityId: string): number
  /** Entities most often in the same articles, by the same matching sets; excludes the entity itself. */
  coMentions(entityId: string): Facet[]
  /** Articles per WIB day that a filter on this entity returns, every day from its first to its last (zeros included). */
  timeline(entityId: string): DayCount[]
}

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 50
export const MAX_Q_LENGTH = 200

// ---------------------------------------------------------------- bitsets

type Bits = Uint32Array

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

function popcount(bits: Bits): number {
  let n = 0
  for (let i = 0; i < bits.length; i++) {
    const word = bits[i] ?? 0
    if (word !== 0) n += popcount32(word)
  }
  return n
}

// ---------------------------------------------------------------- cursors

interface CursorPayload {
  /** publishedAt of the last item, as served. */
  p: string
  /** slug of the last item. */
  s: string
  /** signature of the query the cursor belongs to. */
  h: string
}

function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')
}

function decodeCursor(cursor: string): CursorPayload | null {
  if (cursor.length === 0 || cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { p, s, h } = parsed as Record<string, unknown>
  if (typeof p !== 'string' || typeof s !== 'string' || typeof h !== 'string') return null
  if (!Number.isFinite(Date.parse(p))) return null
  return { p, s, h }
}

/** FNV-1a, 2 × 32 bits: a short, stable fingerprint (not a security boundary). */
function signature(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36)
}

// ---------------------------------------------------------------- engine

/** Shows user input in an error message, shortened. */
export function quote(value: string, max = 60): string {
  return `'${value.length > max ? `${value.slice(0, max)}…` : value}'`
}

const fail = <A>(code: QueryErrorCode, message: string): QueryResult<A> => ({ ok: false, error: { code, message } })

const DAY_MS = 86_400_000
const WIB_OFFSET_MS = 7 * 3_600_000

/** The WIB day number (days since 1970-01-01 in WIB) of an instant. */
const wibDay = (time: number) => Math.floor((time + WIB_OFFSET_MS) / DAY_MS)
const dayString = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** A YYYY-MM-DD that is a real date, as a WIB day number; null otherwise. */
export function parseDay(raw: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null
  const time = Date.parse(`${raw}T00:00:00Z`)
  return Number.isFinite(time) && dayString(time / DAY_MS) === raw ? time / DAY_MS : null
}

export function parseLimit(raw: number | string | undefined): number | null {
  if (raw === undefined) return DEFAULT_LIMIT
  const value = typeof raw === 'number' ? raw : /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN
  return Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT ? value : null
}

export function createQueryEngine<A extends IndexableArticle>(
  articles: readonly A[],
  entities: readonly IndexableEntity[],
): QueryEngine<A> {
  // Positions: newest first, ties by slug (code-unit order, as the cursor compares).
  const keyed = articles.map((article) => {
    const time = Date.parse(article.publishedAt)
    if (!Number.isFinite(time))
      throw new Error(`Article ${article.slug}: publishedAt is not a date: ${article.publishedAt}`)
    return { article, time }
  })
  keyed.sort(
    (x, y) => y.time - x.time || (x.article.slug < y.article.slug ? -1 : x.article.slug > y.article.slug ? 1 : 0),
  )
  const sorted = keyed.map((k) => k.article)
  const times = Float64Array.from(keyed, (k) => k.time)
  const days = Int32Array.from(keyed, (k) => wibDay(k.time))
  const slugs = sorted.map((a) => a.slug)
  const size = sorted.length
  const words = Math.ceil(size / 32)

  const entityIndex = new Map<string, number>()
  entities.forEach((entity, i) => {
    if (entityIndex.has(entity.id)) throw new Error(`Duplicate entity id: ${entity.id}`)
    entityIndex.set(entity.id, i)
  })
  const sets: Bits[] = entities.map(() => new Uint32Array(words))
  // A person implies their country.
  const implied: (number | undefined)[] = entities.map((e) =>
    e.type === 'person' && e.countryId !== undefined ? entityIndex.get(e.countryId) : undefined,
  )
  sorted.forEach((article, pos) => {
    const word = pos >>> 5
    const bit = 1 << (pos & 31)
    for (const id of article.entityIds) {
      const e = entityIndex.get(id)
      if (e === undefined) throw new Error(`Article ${article.slug}: unknown entity ${id}`)
      sets[e]![word]! |= bit
      const country = implied[e]
      if (country !== undefined) sets[country]![word]! |= bit
    }
  })
  const counts = sets.map(popcount)

  // Folded text of all articles in one string, in position order, each part
  // followed by SEPARATOR (folding maps control characters to spaces, so a
  // folded query never contains it and no match spans two parts or articles).
  const SEPARATOR = '\u0001'
  const textStarts = new Int32Array(size + 1)
  const parts: string[] = []
  let offset = 0
  sorted.forEach((a, pos) => {
    textStarts[pos] = offset
    for (const part of [a.title, a.dek, ...a.paragraphs]) {
      const folded = foldForSearch(part) + SEPARATOR
      parts.push(folded)
      offset += folded.length
    }
  })
  textStarts[size] = offset
  const haystack = parts.join('')
  parts.length = 0

  /** The position whose text contains haystack index `at`. */
  function positionAt(at: number): number {
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((textStarts[mid] ?? 0) <= at) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  // Per ASCII bigram, the articles whose text contains it: a query's bigrams
  // narrow the candidates before any text is read.
  const bigrams: (Bits | undefined)[] = new Array<Bits | undefined>(128 * 128)
  for (let pos = 0; pos < size; pos++) {
    const word = pos >>> 5
    const bit = 1 << (pos & 31)
    const end = textStarts[pos + 1] ?? 0
    let previous = 128
    for (let i = textStarts[pos] ?? 0; i < end; i++) {
      const code = haystack.charCodeAt(i)
      if (previous < 128 && code < 128) {
        const key = (previous << 7) | code
        const set = (bigrams[key] ??= new Uint32Array(words))
        set[word]! |= bit
      }
      previous = code === 1 ? 128 : code
    }
  }

  /** Clears from `bits` every article whose text does not contain `q` (folded, non-empty). */
  function keepTextMatches(bits: Bits, q: string): void {
    for (let i = 0; i + 1 < q.length; i++) {
      const a = q.charCodeAt(i)
      const b = q.charCodeAt(i + 1)
      if (a >= 128 || b >= 128) continue
      const set = bigrams[(a << 7) | b]
      if (!set) {
        bits.fill(0)
        return
      }
      for (let w = 0; w < words; w++) bits[w]! &= set[w]!
    }
    const candidates = popcount(bits)
    if (candidates * 8 < size) {
      // Few candidates: look inside each one.
      forEachPosition(bits, 0, (pos, w, low) => {
        const text = haystack.slice(textStarts[pos] ?? 0, textStarts[pos + 1] ?? 0)
        if (!text.includes(q)) bits[w]! &= ~low
        return true
      })
      return
    }
    // Many: one pass of indexOf over all the text, skipping to the next article after a hit.
    const hits = new Uint32Array(words)
    let at = haystack.indexOf(q)
    while (at !== -1) {
      const pos = positionAt(at)
      hits[pos >>> 5]! |= 1 << (pos & 31)
      at = haystack.indexOf(q, textStarts[pos + 1] ?? haystack.length)
    }
    for (let w = 0; w < words; w++) bits[w]! &= hits[w]!
  }

  const allBits = new Uint32Array(words).fill(0xffffffff)
  if (size % 32 !== 0 && words > 0) allBits[words - 1] = (1 << (size % 32)) - 1

  /** First position strictly after (time, slug) in the global order. */
  function positionAfter(time: number, slug: string): number {
    let lo = 0
    let hi = size
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const t = times[mid] ?? 0
      const s = slugs[mid] ?? ''
      const beforeOrEqual = t > time || (t === time && s <= slug)
      if (beforeOrEqual) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Calls `visit` for each set position from `start` on, in order, until it returns false. */
  function forEachPosition(
    bits: Bits,
    start: number,
    visit: (pos: number, word: number, low: number) => boolean,
  ): void {
    for (let w = start >>> 5; w < words; w++) {
      let word = bits[w]!
      if (w === start >>> 5) word &= ~((1 << (start & 31)) - 1)
      while (word !== 0) {
        const low = word & -word
        word ^= low
        if (!visit((w << 5) + 31 - Math.clz32(low), w, low)) return
      }
    }
  }

  /** Word indices where `bits` is non-zero: facets then touch only those. */
  function nonZeroWords(bits: Bits): Uint32Array {
    const out = new Uint32Array(bits.length)
    let n = 0
    for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) out[n++] = i
    return out.subarray(0, n)
  }

  function facetsOf(bits: Bits, exclude?: number): Facet[] {
    const live = nonZeroWords(bits)
    const facets: Facet[] = []
    for (let e = 0; e < sets.length; e++) {
      if (e === exclude || counts[e] === 0) continue
      const set = sets[e]!
      let n = 0
      for (let k = 0; k < live.length; k++) {
        const w = live[k]!
        const x = bits[w]! & set[w]!
        if (x !== 0) n += popcount32(x)
      }
      if (n > 0) facets.push({ entityId: entities[e]!.id, count: n })
    }
    return facets.sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0))
  }

  function query(input: ArticleQuery): QueryResult<A> {
    const limit = parseLimit(input.limit)
    if (limit === null) {
      return fail('invalid_limit', `limit must be an integer from 1 to ${MAX_LIMIT}; got ${quote(String(input.limit))}`)
    }
    const match = input.match ?? 'all'
    if (match !== 'all' && match !== 'any') {
      return fail('invalid_match', `match must be 'all' or 'any'; got ${quote(match)}`)
    }
    const rawQ = input.q ?? ''
    if (rawQ.length > MAX_Q_LENGTH) {
      return fail('query_too_long', `q must be at most ${MAX_Q_LENGTH} characters; got ${rawQ.length}`)
    }
    const q = foldForSearch(rawQ)
    const from = input.from === undefined ? undefined : parseDay(input.from)
    const to = input.to === undefined ? undefined : parseDay(input.to)
    if (from === null) return fail('invalid_date', `from must be a date as YYYY-MM-DD; got ${quote(input.from!)}`)
    if (to === null) return fail('invalid_date', `to must be a date as YYYY-MM-DD; got ${quote(input.to!)}`)
    if (from !== undefined && to !== undefined && from > to) {
      return fail('invalid_range', `from (${input.from}) must not be after to (${input.to})`)
    }
    const ids = [...new Set(input.entities ?? [])].sort()
    const chosen: number[] = []
    for (const id of ids) {
      const e = entityIndex.get(id)
      if (e === undefined) return fail('unknown_entity', `unknown entity ${quote(id)}`)
      chosen.push(e)
    }
    // from/to join the signature only when set, so cursors made before they existed still hold.
    const range = from === undefined && to === undefined ? [] : [from ?? null, to ?? null]
    const querySignature = signature(JSON.stringify([ids, match, q, ...range]))

    let start = 0
    if (input.cursor !== undefined) {
      const cursor = decodeCursor(input.cursor)
      if (cursor === null) return fail('invalid_cursor', `cursor is malformed; got ${quote(input.cursor, 40)}`)
      if (cursor.h !== querySignature) {
        return fail(
          'foreign_cursor',
          'cursor belongs to a different query (entities, match, q or dates changed); start again without it',
        )
      }
      start = positionAfter(Date.parse(cursor.p), cursor.s)
    }

    // The filtered set.
    let bits: Bits
    if (chosen.length === 0) bits = allBits.slice()
    else if (match === 'all') {
      bits = sets[chosen[0]!]!.slice()
      for (let k = 1; k < chosen.length; k++) {
        const set = sets[chosen[k]!]!
        for (let w = 0; w < words; w++) bits[w]! &= set[w]!
      }
    } else {
      bits = new Uint32Array(words)
      for (const e of chosen) {
        const set = sets[e]!
        for (let w = 0; w < words; w++) bits[w]! |= set[w]!
      }
    }
    if (q !== '') keepTextMatches(bits, q)
    if (from !== undefined || to !== undefined) keepDays(bits, from, to)

    const total = popcount(bits)
    const items: A[] = []
    let hasMore = false
    forEachPosition(bits, start, (pos) => {
      if (items.length === limit) {
        hasMore = true
        return false
      }
      items.push(sorted[pos]!)
      return true
    })
    const last = items[items.length - 1]
    const nextCursor = hasMore && last ? encodeCursor({ p: last.publishedAt, s: last.slug, h: querySignature }) : null
    return { ok: true, value: { items, nextCursor, total, facets: facetsOf(bits) } }
  }

  /** Clears from `bits` every article outside the WIB days [from, to]; positions run newest first, so the range is one run. */
  function keepDays(bits: Bits, from: number | undefined, to: number | undefined): void {
    const firstDay = (day: number) => {
      // First position whose day is <= `day` (days fall as positions rise).
      let lo = 0
      let hi = size
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if ((days[mid] ?? 0) > day) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    const start = to === undefined ? 0 : firstDay(to)
    const end = from === undefined ? size : firstDay(from - 1)
    for (let w = 0; w < words; w++) {
      const low = w << 5
      if (low + 32 <= start || low >= end) {
        bits[w] = 0
        continue
      }
      let mask = 0xffffffff
      if (start > low) mask &= ~((1 << (start - low)) - 1) | 0
      if (end < low + 32) mask &= (1 << (end - low)) - 1
      bits[w]! &= mask
    }
  }

  function timeline(entityId: string): DayCount[] {
    const e = entityIndex.get(entityId)
    if (e === undefined || counts[e] === 0) return []
    let first = Infinity
    let last = -Infinity
    const perDay = new Map<number, number>()
    forEachPosition(sets[e]!, 0, (pos) => {
      const day = days[pos]!
      perDay.set(day, (perDay.get(day) ?? 0) + 1)
      if (day < first) first = day
      if (day > last) last = day
      return true
    })
    const out: DayCount[] = []
    for (let day = first; day <= last; day++) out.push({ date: dayString(day), count: perDay.get(day) ?? 0 })
    return out
  }

  function countFor(entityId: string): number {
    const e = entityIndex.get(entityId)
    return e === undefined ? 0 : (counts[e] ?? 0)
  }

  function coMentions(entityId: string): Facet[] {
    const e = entityIndex.get(entityId)
    return e === undefined ? [] : facetsOf(sets[e]!, e)
  }

  return { size, query, countFor, coMentions, timeline }
}
