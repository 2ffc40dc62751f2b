// The article query engine: articles sorted once into positions (newest first,
// ties by slug), one bitset over positions per entity, and pre-folded text for
// `q`. A query is a few bitset ANDs/ORs; facets are popcounts.
import { codePointLength, foldText } from '../src/lib/search-text/tokenize.ts'
import { openCursor, signCursor } from './cursor.ts'

export interface IndexableArticle {
  slug: string
  /** ISO 8601 with offset. */
  publishedAt: string
  title: string
  dek: string
  paragraphs: readonly string[]
  /** Photo captions (hero first), searched with less weight than the dek. */
  captions?: readonly string[]
  /** Entities the article mentions itself (annotated), in any order. */
  entityIds: readonly string[]
  /** Entities the article is tagged with (named in its title, dek or hero caption); the first entity when absent. */
  leadEntityIds?: readonly string[]
}

export interface IndexableEntity {
  id: string
  type: 'person' | 'country'
  countryId?: string | undefined
}

export interface ArticleQuery {
  entities?: readonly string[]
  /** Unknown input is validated: anything but 'all' or 'any' is an error. */
  match?: string | undefined
  q?: string | undefined
  /** Only these positions (a search's matches, see search-engine.ts); then q only signs the cursor. */
  within?: Bits | undefined
  cursor?: string | undefined
  /** A number or the raw query-string value. */
  limit?: number | string | undefined
  /** First WIB day (YYYY-MM-DD), inclusive. */
  from?: string | undefined
  /** Last WIB day (YYYY-MM-DD), inclusive. */
  to?: string | undefined
  /** Only articles published strictly after this instant (ISO 8601 with an offset). */
  since?: string | undefined
}

/** Which articles a filter keeps by date: WIB days, and an instant they must be published after. */
interface DateBounds {
  from?: string | undefined
  to?: string | undefined
  since?: string | undefined
}

interface DayCount {
  /** WIB day, YYYY-MM-DD. */
  date: string
  count: number
}

export interface Facet {
  entityId: string
  count: number
}

interface QueryPage<A> {
  items: A[]
  nextCursor: string | null
  total: number
  facets: Facet[]
  /** Every position the query matched (all pages), for a histogram. */
  bits: Bits
}

type QueryErrorCode =
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

type QueryResult<A> = { ok: true; value: QueryPage<A> } | { ok: false; error: QueryError }

export interface QueryEngine<A extends IndexableArticle> {
  readonly size: number
  /** The articles by position: newest first, ties by slug. */
  readonly sorted: readonly A[]
  query(input: ArticleQuery): QueryResult<A>
  /** The positions an entity filter keeps, or why the filter is invalid. */
  /** The positions a filter keeps (entities, then WIB days), or why it is invalid; `range` joins cursor signatures. */
  select(
    entities: readonly string[],
    match: string | undefined,
    days?: DateBounds,
  ): { ok: true; bits: Bits; range: (number | null)[] } | { ok: false; error: QueryError }
  /**
   * Per entity, the articles published after `since` that a filter on it returns, and how many mention any of them:
   * new counts for followed entities. Unknown ids count 0 (a follow can outlive an entity).
   */
  countSince(
    entities: readonly string[],
    since: string,
  ): { ok: true; value: { total: number; counts: Facet[] } } | { ok: false; error: QueryError }
  /** Facets of a set of positions. */
  facetsOf(bits: Bits): Facet[]
  /** Articles per WIB day of a set of positions, every day from the first to the last (zeros included). */
  histogramOf(bits: Bits): DayCount[]
  /** Articles a filter on this entity returns (a country includes its people's articles). */
  countFor(entityId: string): number
  /** Entities most often in the same articles, by the same matching sets; excludes the entity itself. */
  coMentions(entityId: string): Facet[]
  /** Articles per WIB day that a filter on this entity returns, every day from its first to its last (zeros included). */
  timeline(entityId: string): DayCount[]
}

const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 50
export const MAX_Q_LENGTH = 200

// ---------------------------------------------------------------- bitsets

/** One bit per position. */
export type Bits = Uint32Array

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

export function popcount(bits: Bits): number {
  let n = 0
  for (let i = 0; i < bits.length; i++) {
    const word = bits[i] ?? 0
    if (word !== 0) n += popcount32(word)
  }
  return n
}

// ---------------------------------------------------------------- engine

/** Shows user input in an error message, shortened. */
export function quote(value: string, max = 60): string {
  return `'${value.length > max ? `${value.slice(0, max)}…` : value}'`
}

const invalid = (code: QueryErrorCode, message: string) => ({ ok: false as const, error: { code, message } })
const fail = <A>(code: QueryErrorCode, message: string): QueryResult<A> => invalid(code, message)

const DAY_MS = 86_400_000
const WIB_OFFSET_MS = 7 * 3_600_000

/** The WIB day number (days since 1970-01-01 in WIB) of an instant. */
const wibDay = (time: number) => Math.floor((time + WIB_OFFSET_MS) / DAY_MS)
const dayString = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

/** An ISO 8601 date and time with an offset, as epoch milliseconds; null otherwise. */
function parseInstant(raw: string): number | null {
  if (!INSTANT.test(raw)) return null
  const time = Date.parse(raw)
  return Number.isFinite(time) && parseDay(raw.slice(0, 10)) !== null ? time : null
}

const badSince = (raw: string) =>
  invalid('invalid_date', `since must be a date and time as ISO 8601 with an offset; got ${quote(raw)}`)

/** A YYYY-MM-DD that is a real date, as a WIB day number; null otherwise. */
function parseDay(raw: string): number | null {
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
      const folded = foldText(part) + SEPARATOR
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
    const length = codePointLength(rawQ)
    if (length > MAX_Q_LENGTH) {
      return fail('query_too_long', `q must be at most ${MAX_Q_LENGTH} characters; got ${length}`)
    }
    const q = foldText(rawQ)
    const ids = [...new Set(input.entities ?? [])].sort()
    const selected = select(ids, match, { from: input.from, to: input.to, since: input.since })
    if (!selected.ok) return { ok: false, error: selected.error }
    const signed = JSON.stringify([ids, match, q, ...selected.range])

    let start = 0
    if (input.cursor !== undefined) {
      const opened = openCursor(input.cursor, signed)
      if (!opened.ok) return { ok: false, error: opened.error }
      const [publishedAt = '', slug = ''] = opened.position
      const time = Date.parse(publishedAt)
      if (!Number.isFinite(time)) return fail('invalid_cursor', 'cursor is malformed: its position is not a date')
      start = positionAfter(time, slug)
    }

    const bits = selected.bits
    if (input.within) for (let w = 0; w < words; w++) bits[w]! &= input.within[w] ?? 0
    else if (q !== '') keepTextMatches(bits, q)

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
    const nextCursor = hasMore && last ? signCursor([last.publishedAt, last.slug], signed) : null
    return { ok: true, value: { items, nextCursor, total, facets: facetsOf(bits), bits } }
  }

  /**
   * The articles a filter selects: its leaders and countries (all or any) and its WIB days.
   * `range` is what the days add to a cursor's signature: nothing when unset, so older cursors still hold.
   */
  function select(
    entityIds: readonly string[],
    match: string | undefined,
    days: DateBounds = {},
  ): { ok: true; bits: Bits; range: (number | null)[] } | { ok: false; error: QueryError } {
    const since = days.since === undefined ? undefined : parseInstant(days.since)
    if (since === null) return badSince(days.since!)
    const from = days.from === undefined ? undefined : parseDay(days.from)
    const to = days.to === undefined ? undefined : parseDay(days.to)
    if (from === null) return invalid('invalid_date', `from must be a date as YYYY-MM-DD; got ${quote(days.from!)}`)
    if (to === null) return invalid('invalid_date', `to must be a date as YYYY-MM-DD; got ${quote(days.to!)}`)
    if (from !== undefined && to !== undefined && from > to) {
      return invalid('invalid_range', `from (${days.from}) must not be after to (${days.to})`)
    }
    const mode = match ?? 'all'
    if (mode !== 'all' && mode !== 'any') {
      return {
        ok: false,
        error: { code: 'invalid_match', message: `match must be 'all' or 'any'; got ${quote(mode)}` },
      }
    }
    const chosen: number[] = []
    for (const id of new Set(entityIds)) {
      const e = entityIndex.get(id)
      if (e === undefined)
        return { ok: false, error: { code: 'unknown_entity', message: `unknown entity ${quote(id)}` } }
      chosen.push(e)
    }
    let bits: Bits
    if (chosen.length === 0) bits = allBits.slice()
    else if (mode === 'all') {
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
    if (from !== undefined || to !== undefined) keepDays(bits, from, to)
    if (since !== undefined) keepBefore(bits, publishedAfter(since))
    const range = [
      ...(from === undefined && to === undefined ? [] : [from ?? null, to ?? null]),
      ...(since === undefined ? [] : [since]),
    ]
    return { ok: true, bits, range }
  }

  /** How many positions (from 0) hold articles published strictly after `time`: they run newest first. */
  function publishedAfter(time: number): number {
    let lo = 0
    let hi = size
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((times[mid] ?? 0) > time) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Clears every position from `end` on. */
  function keepBefore(bits: Bits, end: number): void {
    const word = end >>> 5
    if (word < words && end & 31) bits[word]! &= (1 << (end & 31)) - 1
    bits.fill(0, (end & 31) === 0 ? word : word + 1)
  }

  function countSince(entityIds: readonly string[], rawSince: string) {
    const since = parseInstant(rawSince)
    if (since === null) return badSince(rawSince)
    const end = publishedAfter(since)
    // Only the first `end` positions matter: the newer the mark, the fewer words are read.
    const full = end >>> 5
    const tail = end & 31 ? (1 << (end & 31)) - 1 : 0
    const span = full + (tail ? 1 : 0)
    const any = new Uint32Array(span)
    const counts: Facet[] = []
    for (const id of new Set(entityIds)) {
      const e = entityIndex.get(id)
      if (e === undefined) {
        counts.push({ entityId: id, count: 0 })
        continue
      }
      const set = sets[e]!
      let n = 0
      for (let w = 0; w < span; w++) {
        const x = w === full ? set[w]! & tail : set[w]!
        if (x !== 0) {
          n += popcount32(x)
          any[w]! |= x
        }
      }
      counts.push({ entityId: id, count: n })
    }
    return { ok: true as const, value: { total: popcount(any), counts } }
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
    return e === undefined || counts[e] === 0 ? [] : histogramOf(sets[e]!)
  }

  function histogramOf(bits: Bits): DayCount[] {
    // Positions run newest first: the first set bit holds the last day, the last set bit the first day.
    let newest = -1
    let oldest = -1
    for (let w = 0; w < words && newest === -1; w++) {
      const word = bits[w]!
      if (word !== 0) newest = (w << 5) + 31 - Math.clz32(word & -word)
    }
    if (newest === -1) return []
    for (let w = words - 1; w >= 0 && oldest === -1; w--) {
      const word = bits[w]!
      if (word !== 0) oldest = (w << 5) + 31 - Math.clz32(word)
    }
    const first = days[oldest]!
    const perDay = new Int32Array(days[newest]! - first + 1)
    forEachPosition(bits, newest, (pos) => {
      perDay[days[pos]! - first]! += 1
      return true
    })
    return Array.from(perDay, (count, i) => ({ date: dayString(first + i), count }))
  }

  function countFor(entityId: string): number {
    const e = entityIndex.get(entityId)
    return e === undefined ? 0 : (counts[e] ?? 0)
  }

  function coMentions(entityId: string): Facet[] {
    const e = entityIndex.get(entityId)
    return e === undefined ? [] : facetsOf(sets[e]!, e)
  }

  return {
    size,
    sorted,
    query,
    select,
    countSince,
    facetsOf: (bits: Bits) => facetsOf(bits),
    histogramOf,
    countFor,
    coMentions,
    timeline,
  }
}
