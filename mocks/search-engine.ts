// Full-text search for `q` over the shared folding and stemming of
// src/lib/search-text: per-stem postings in typed arrays with BM25+ impacts
// computed once at build, words ANDed as bitsets with the entity and date
// filter (so total and facets stay exact), only the matches scored, the page
// picked by a small heap. See docs/decisions/022-search-engine-postings.md.
import type { SearchMatch } from '../src/api/schemas'
import { editDistanceWithin, typoBudget } from '../src/lib/search-text/edit-distance.ts'
import { parseSearchQuery, type SearchQuery } from '../src/lib/search-text/query.ts'
import { stem } from '../src/lib/search-text/stemmer.ts'
import { STOP_WORDS } from '../src/lib/search-text/stop-words.ts'
import { codePointLength, forEachToken, tokenize, type Token } from '../src/lib/search-text/tokenize.ts'
import {
  type Bits,
  type Facet,
  type IndexableArticle,
  type QueryEngine,
  type QueryError,
  parseLimit,
  popcount,
  quote,
  MAX_LIMIT,
  MAX_Q_LENGTH,
} from './query-engine.ts'
import { signCursor, openCursor } from './cursor.ts'

export interface SearchableEntity {
  id: string
  type: 'person' | 'country'
  name: string
  nameEn?: string | undefined
  aliases: readonly string[]
}

export interface SearchInput {
  q: string
  sort?: string | undefined
  entities?: readonly string[]
  match?: string | undefined
  cursor?: string | undefined
  limit?: number | string | undefined
  /** First and last WIB day (YYYY-MM-DD), inclusive. */
  from?: string | undefined
  to?: string | undefined
  /** Only articles published strictly after this instant (ISO 8601 with an offset). */
  since?: string | undefined
}

interface SearchHit<A> {
  article: A
  match: SearchMatch | undefined
}

export interface SearchPage<A> {
  items: SearchHit<A>[]
  nextCursor: string | null
  total: number
  facets: { entityId: string; count: number }[]
  suggestion?: string
  /** Every position the search matched (all pages), for a histogram. */
  bits: Uint32Array
}

export type SearchErrorCode = QueryError['code'] | 'no_search_words' | 'invalid_sort'
export type SearchResultOf<A> =
  { ok: true; value: SearchPage<A> } | { ok: false; error: { code: SearchErrorCode | string; message: string } }

export interface Suggestions {
  entities: SearchableEntity[]
  articles: { slug: string; title: string }[]
}

export interface SearchEngine<A extends IndexableArticle> {
  search(input: SearchInput): SearchResultOf<A>
  suggest(q: string, limit: number): Suggestions
}

const FIELDS = ['title', 'dek', 'caption', 'body'] as const
export type Field = (typeof FIELDS)[number]
const BOOST: Record<Field, number> = { title: 4, dek: 2, caption: 1.5, body: 1 }
/** BM25+ parameters (term saturation, length normalisation, lower bound of a match). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
/** A typo's match weighs this much of an exact one, less as the word is shorter. */
const FUZZY_WEIGHT = 0.6
/** Fewer results than this and the engine also tries typos and proposes a spelling. */
const FEW = 3
const SNIPPET_CHARS = 160
/** How many of the best-scored matches proximity reorders, and how much adjacent words weigh (×1.5 at most). */
const PROXIMITY_DEPTH = 30
const PROXIMITY_WEIGHT = 0.5
/** Words in more articles than size / this keep a bitset, so ANDing them costs a pass over words, not postings. */
const BITSET_SHARE = 64

/** A growing Uint32Array: build-time buffers without a JS array's per-element cost. */
class U32List {
  data = new Uint32Array(1 << 16)
  length = 0
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = value
  }
  /** The values in a buffer of their size; this list lets its own go. */
  done(): Uint32Array {
    const values = this.data.slice(0, this.length)
    this.data = new Uint32Array(0)
    this.length = 0
    return values
  }
}

/** The texts of an article by field, in the order they are indexed (one segment each). */
function fieldTexts(article: IndexableArticle): [Field, string][] {
  return [
    ['title', article.title],
    ['dek', article.dek],
    ...(article.captions ?? []).map((text): [Field, string] => ['caption', text]),
    ...article.paragraphs.map((text): [Field, string] => ['body', text]),
  ]
}

const has = (bits: Bits, pos: number) => ((bits[pos >>> 5] ?? 0) & (1 << (pos & 31))) !== 0

/** Calls `visit` for each set position of `bits`, in order. */
function forEach(bits: Bits, visit: (pos: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!
    while (word !== 0) {
      const low = word & -word
      word ^= low
      visit((w << 5) + 31 - Math.clz32(low))
    }
  }
}

/** One query word: the keys it matches (its stem; with typos, keys within its edit budget) and their weights. */
type Variant = { key: number; weight: number }

export function createSearchEngine<A extends IndexableArticle>(
  engine: QueryEngine<A>,
  entities: readonly SearchableEntity[],
): SearchEngine<A> {
  // Names are not stemmed: every word of every alias is kept as it is.
  const keep = new Set<string>()
  const aliasEntities = new Map<string, string>()
  const entityNames = entities.map((entity) => {
    const names: string[] = []
    for (const alias of [entity.name, entity.nameEn ?? '', ...entity.aliases]) {
      const terms = tokenize(alias).map((t) => t.term)
      if (terms.length === 0) continue
      for (const term of terms) keep.add(term)
      aliasEntities.set(terms.join(' '), entity.id)
      names.push(terms.join(' '))
    }
    return { entity, names, words: names.flatMap((name) => name.split(' ')) }
  })
  const analyze = (term: string): string | null => (STOP_WORDS.has(term) ? null : stem(term, keep))
  const analyzeQuery = (term: string): string => analyze(term) ?? term

  const size = engine.size
  const words = Math.ceil(size / 32)

  // ---------------------------------------------------------------- build
  // Every folded word is a term id (0 ends a text); every term that is not a stop word has a key (its stem).
  const termIds = new Map<string, number>()
  const termKey: number[] = [-1]
  const keyIds = new Map<string, number>()
  const keys: string[] = []
  /** How each key was first written in a word of 5 letters or more, for "did you mean". */
  const spelling: (string | undefined)[] = []
  const keyOf = (key: string): number => {
    let k = keyIds.get(key)
    if (k === undefined) {
      k = keys.length
      keys.push(key)
      keyIds.set(key, k)
      spelling.push(undefined)
    }
    return k
  }

  // Each article's term ids, text after text: phrases and proximity read them, no re-tokenizing.
  const docStart = new Uint32Array(size + 1)
  const docTokens = new U32List()
  const fieldLengths = new Uint32Array(size * 4)
  const fieldTotals = [0, 0, 0, 0]
  // (key, position, term frequency per field, 8 bits each) in position order; sorted by key below.
  const triples = new U32List()
  // Per key: articles holding it per field, and the current article's packed term frequencies.
  let fieldDf = new Uint32Array(1 << 14)
  let packed = new Uint32Array(1 << 12)
  const touched: number[] = []
  const fieldIndex: Record<Field, number> = { title: 0, dek: 1, caption: 2, body: 3 }

  let pos = 0
  let shift = 0
  let lengthAt = 0
  let text = ''
  const visit = (term: string, start: number, end: number) => {
    let id = termIds.get(term)
    if (id === undefined) {
      id = termKey.length
      termIds.set(term, id)
      const key = analyze(term)
      termKey.push(key === null ? -1 : keyOf(key))
      if (keys.length > packed.length) {
        const grown = new Uint32Array(packed.length * 2)
        grown.set(packed)
        packed = grown
        const grownDf = new Uint32Array(fieldDf.length * 2)
        grownDf.set(fieldDf)
        fieldDf = grownDf
      }
    }
    docTokens.push(id)
    const k = termKey[id]!
    if (k < 0) return
    if (term.length >= 5 && spelling[k] === undefined) spelling[k] = text.slice(start, end)
    fieldLengths[lengthAt]!++
    const before = packed[k]!
    if (before === 0) touched.push(k)
    if (((before >>> shift) & 255) < 255) packed[k] = before + (1 << shift)
  }
  for (; pos < size; pos++) {
    docStart[pos] = docTokens.length
    for (const [field, fieldText] of fieldTexts(engine.sorted[pos]!)) {
      const f = fieldIndex[field]
      shift = 8 * f
      lengthAt = pos * 4 + f
      text = fieldText
      forEachToken(text, visit)
      docTokens.push(0)
    }
    for (let f = 0; f < 4; f++) fieldTotals[f]! += fieldLengths[pos * 4 + f]!
    for (const k of touched) {
      const tf = packed[k]!
      triples.push(k)
      triples.push(pos)
      triples.push(tf)
      for (let f = 0; f < 4; f++) if ((tf >>> (8 * f)) & 255) fieldDf[k * 4 + f]!++
      packed[k] = 0
    }
    touched.length = 0
  }
  docStart[size] = docTokens.length
  const tokens = docTokens.done()

  // Postings by key (compressed rows): positions ascending (newest first), each with its BM25+ impact.
  const keyCount = keys.length
  const keyStart = new Uint32Array(keyCount + 1)
  const titleStart = new Uint32Array(keyCount + 1)
  // A view, not a copy: the triples are read twice below and dropped with the build's locals.
  const flat = triples.data.subarray(0, triples.length)
  const tripleCount = flat.length
  for (let i = 0; i < tripleCount; i += 3) {
    keyStart[flat[i]! + 1]!++
    if (flat[i + 2]! & 255) titleStart[flat[i]! + 1]!++
  }
  for (let k = 0; k < keyCount; k++) {
    keyStart[k + 1]! += keyStart[k]!
    titleStart[k + 1]! += titleStart[k]!
  }
  const postDocs = new Uint32Array(keyStart[keyCount]!)
  const postImpact = new Float32Array(keyStart[keyCount]!)
  const titleDocs = new Uint32Array(titleStart[keyCount]!)
  const fill = keyStart.slice(0, keyCount)
  const titleFill = titleStart.slice(0, keyCount)
  const average = fieldTotals.map((total) => Math.max(1, total / Math.max(1, size)))
  const boosts = FIELDS.map((field) => BOOST[field])
  // Inverse document frequency per key and field, once: not a logarithm per posting.
  const idf = Float64Array.from(fieldDf.subarray(0, keyCount * 4), (n) => Math.log(1 + (size - n + 0.5) / (n + 0.5)))
  for (let i = 0; i < tripleCount; i += 3) {
    const k = flat[i]!
    const pos = flat[i + 1]!
    const tf = flat[i + 2]!
    let impact = 0
    for (let f = 0; f < 4; f++) {
      const n = (tf >>> (8 * f)) & 255
      if (n === 0) continue
      const norm = 1 - BM25.b + (BM25.b * fieldLengths[pos * 4 + f]!) / average[f]!
      impact += boosts[f]! * idf[k * 4 + f]! * (BM25.d + (n * (BM25.k + 1)) / (n + BM25.k * norm))
    }
    const at = fill[k]!++
    postDocs[at] = pos
    postImpact[at] = impact
    if (tf & 255) titleDocs[titleFill[k]!++] = pos
  }
  const df = (k: number) => keyStart[k + 1]! - keyStart[k]!

  // The dictionary: keys by length for typos; words and keys sorted for prefixes.
  const keysByLength = new Map<number, number[]>()
  keys.forEach((key, k) => {
    const list = keysByLength.get(key.length) ?? []
    list.push(k)
    keysByLength.set(key.length, list)
  })
  const keysSorted = [...keys].sort()
  const termsSorted = [...termIds.keys()].sort()

  /** Articles tagged with each entity (named in the title, dek or hero caption). */
  const leads = new Map<string, Bits>()
  engine.sorted.forEach((article, pos) => {
    for (const id of article.leadEntityIds ?? article.entityIds.slice(0, 1)) {
      let bits = leads.get(id)
      if (!bits) leads.set(id, (bits = new Uint32Array(words)))
      bits[pos >>> 5]! |= 1 << (pos & 31)
    }
  })
  const slugPositions = new Map(engine.sorted.map((a, i) => [a.slug, i]))
  const allBits = new Uint32Array(words).fill(0xffffffff)
  if (size % 32 !== 0 && words > 0) allBits[words - 1] = (1 << (size % 32)) - 1
  const keyBits = new Map<number, Bits>()
  /** Sets in `bits` the positions of the articles holding key `k`. */
  function addKey(bits: Bits, k: number): Bits {
    for (let i = keyStart[k]!; i < keyStart[k + 1]!; i++) bits[postDocs[i]! >>> 5]! |= 1 << (postDocs[i]! & 31)
    return bits
  }
  /** The bitset of a frequent key, made on first use. */
  function bitsOfKey(k: number): Bits {
    let bits = keyBits.get(k)
    if (!bits) keyBits.set(k, (bits = addKey(new Uint32Array(words), k)))
    return bits
  }
  const scores = new Float64Array(size)

  /**
   * The facets of each frequent key's articles, counted with the index. One such word, unfiltered, is the
   * commonest search, and counting every entity over tens of thousands of matches was a third of its time at 100k.
   */
  const keyFacets = new Map<number, readonly Facet[]>()
  const keyOnly = new Uint32Array(words)
  for (let k = 0; k < keys.length; k++) {
    if (df(k) * BITSET_SHARE < size) continue
    keyFacets.set(k, engine.facetsOf(addKey(keyOnly.fill(0), k)))
  }

  // ---------------------------------------------------------------- query

  function entitiesNamed(query: SearchQuery): string[] {
    const terms = query.words
    const found: string[] = []
    for (let i = 0; i < terms.length; i++) {
      for (let j = Math.min(terms.length, i + 4); j > i; j--) {
        const id = aliasEntities.get(terms.slice(i, j).join(' '))
        if (id !== undefined) {
          found.push(id)
          break
        }
      }
    }
    return found
  }

  function exactVariants(word: string): Variant[] {
    const k = keyIds.get(analyzeQuery(word))
    return k === undefined ? [] : [{ key: k, weight: 1 }]
  }

  /** The word's key and every key within its typo budget; names are indexed unstemmed, so the word as typed too. */
  function fuzzyVariants(word: string): Variant[] {
    const budget = typoBudget(word)
    const distances = new Map<number, { distance: number; length: number }>()
    for (const form of new Set([analyzeQuery(word), word])) {
      for (let length = form.length - budget; length <= form.length + budget; length++) {
        for (const k of keysByLength.get(length) ?? []) {
          const distance = editDistanceWithin(form, keys[k]!, budget)
          if (distance !== null && distance < (distances.get(k)?.distance ?? Infinity))
            distances.set(k, { distance, length: form.length })
        }
      }
    }
    return [...distances].map(([key, { distance, length }]) => ({
      key,
      weight: distance === 0 ? 1 : (FUZZY_WEIGHT * length) / (length + distance),
    }))
  }

  /** The positions of `start` (a copy is made) holding every word: one bitset per word ANDed in, rarest first. */
  function matchAll(variants: readonly Variant[][], start: Bits): Bits {
    let bits = start.slice()
    const order = [...variants].sort(
      (a, b) => a.reduce((n, v) => n + df(v.key), 0) - b.reduce((n, v) => n + df(v.key), 0),
    )
    for (const word of order) {
      const single = word.length === 1 ? word[0]!.key : -1
      if (single >= 0 && df(single) * BITSET_SHARE >= size) {
        const set = bitsOfKey(single)
        for (let w = 0; w < words; w++) bits[w]! &= set[w]!
        continue
      }
      const next = new Uint32Array(words)
      for (const { key } of word) {
        for (let i = keyStart[key]!; i < keyStart[key + 1]!; i++) {
          const pos = postDocs[i]!
          if (has(bits, pos)) next[pos >>> 5]! |= 1 << (pos & 31)
        }
      }
      bits = next
    }
    return bits
  }

  /** Clears the positions whose text does not hold every phrase as consecutive folded words. */
  function keepPhrases(bits: Bits, phrases: readonly (readonly string[])[]): void {
    const wanted = phrases.map((phrase) => phrase.map((term) => termIds.get(term) ?? -1))
    forEach(bits, (pos) => {
      const end = docStart[pos + 1]!
      const found = wanted.every((ids) => {
        if (ids.includes(-1)) return false
        outer: for (let i = docStart[pos]!; i + ids.length <= end; i++) {
          for (let k = 0; k < ids.length; k++) if (tokens[i + k] !== ids[k]) continue outer
          return true
        }
        return false
      })
      if (!found) bits[pos >>> 5]! &= ~(1 << (pos & 31))
    })
  }

  /** The fewest words of one text (title, dek, a caption or paragraph) that hold every wanted key, or null. */
  function closestSpan(pos: number, wanted: readonly number[]): number | null {
    let best: number | null = null
    const last = new Map<number, number>()
    let index = 0
    for (let i = docStart[pos]!; i < docStart[pos + 1]!; i++) {
      const id = tokens[i]!
      if (id === 0) {
        last.clear()
        index = 0
        continue
      }
      const key = termKey[id]!
      if (key >= 0 && wanted.includes(key)) {
        last.set(key, index)
        if (last.size === wanted.length) {
          const span = index - Math.min(...last.values()) + 1
          if (best === null || span < best) best = span
        }
      }
      index++
    }
    return best
  }

  /** The best text's snippet: the window of text with the most distinct matched words. */
  function matchOf(pos: number, matched: ReadonlySet<number>): SearchMatch | undefined {
    const texts = fieldTexts(engine.sorted[pos]!)
    let best: { field: Field; text: string; score: number } | undefined
    let segment = 0
    const distinct = new Set<number>()
    for (let i = docStart[pos]!; i < docStart[pos + 1]!; i++) {
      const id = tokens[i]!
      if (id !== 0) {
        const key = termKey[id]!
        if (matched.has(key)) distinct.add(key)
        continue
      }
      const [field, text] = texts[segment++]!
      if (best && field !== 'title') break
      if (distinct.size > 0) {
        const score = distinct.size * 10 + BOOST[field]
        if (!best || score > best.score) best = { field, text, score }
      }
      distinct.clear()
    }
    if (!best) return undefined
    const { field, text } = best
    const found = tokenize(text).filter((t) => matched.has(termKey[termIds.get(t.term) ?? 0]!))
    return snippetOf(field, text, found)
  }

  /** The query with each unknown word replaced by the closest known spelling, or undefined. */
  function suggestionFor(query: SearchQuery, fuzzy: readonly Variant[][]): string | undefined {
    let changed = false
    const corrected = query.words.map((word, i) => {
      if (exactVariants(word).length > 0) return word
      let best: { key: number; distance: number } | undefined
      for (const { key } of fuzzy[i] ?? []) {
        const distance = Math.min(
          editDistanceWithin(analyzeQuery(word), keys[key]!, typoBudget(word)) ?? Infinity,
          editDistanceWithin(word, keys[key]!, typoBudget(word)) ?? Infinity,
        )
        if (!best || distance < best.distance || (distance === best.distance && df(key) > df(best.key)))
          best = { key, distance }
      }
      if (best === undefined) return word
      changed = true
      return spelling[best.key] ?? keys[best.key]!
    })
    return changed ? corrected.join(' ') : undefined
  }

  /** Whether `a` ranks before `b`: higher score, then newer position. */
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)

  /**
   * The best `k` positions of `bits` ranking after (afterScore, afterPos), best first: a bounded heap with the
   * worst on top, so most positions cost one comparison.
   */
  function top(bits: Bits, k: number, afterScore = Infinity, afterPos = -1): number[] {
    const heap: number[] = []
    for (let w = 0; w < words; w++) {
      let word = bits[w]!
      while (word !== 0) {
        const low = word & -word
        word ^= low
        const pos = (w << 5) + 31 - Math.clz32(low)
        const score = scores[pos]!
        if (score > afterScore || (score === afterScore && pos <= afterPos)) continue
        if (heap.length === k) {
          const worst = heap[0]!
          if (score < scores[worst]! || (score === scores[worst] && pos > worst)) continue
          heap[0] = pos
          siftDown(heap, 0)
          continue
        }
        heap.push(pos)
        for (let i = heap.length - 1; i > 0;) {
          const parent = (i - 1) >>> 1
          if (!before(heap[parent]!, heap[i]!)) break
          ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
          i = parent
        }
      }
    }
    return heap.sort((a, b) => (before(a, b) ? -1 : 1))
  }

  function siftDown(heap: number[], i: number): void {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let worst = i
      if (l < heap.length && before(heap[worst]!, heap[l]!)) worst = l
      if (r < heap.length && before(heap[worst]!, heap[r]!)) worst = r
      if (worst === i) return
      ;[heap[i], heap[worst]] = [heap[worst]!, heap[i]!]
      i = worst
    }
  }

  function search(input: SearchInput): SearchResultOf<A> {
    const limit = parseLimit(input.limit)
    if (limit === null) {
      return fail('invalid_limit', `limit must be an integer from 1 to ${MAX_LIMIT}; got ${quote(String(input.limit))}`)
    }
    const length = codePointLength(input.q)
    if (length > MAX_Q_LENGTH) {
      return fail('query_too_long', `q must be at most ${MAX_Q_LENGTH} characters; got ${length}`)
    }
    const sort = input.sort ?? 'relevance'
    if (sort !== 'relevance' && sort !== 'newest') {
      return fail('invalid_sort', `sort must be 'relevance' or 'newest'; got ${quote(sort)}`)
    }
    const query = parseSearchQuery(input.q)
    if (query.words.length === 0) {
      return fail(
        'no_search_words',
        `q has no word to search for: common words such as 'yang', 'dan' or 'di' are not searched; got ${quote(input.q)}`,
      )
    }
    const selected = engine.select(input.entities ?? [], input.match, {
      from: input.from,
      to: input.to,
      since: input.since,
    })
    if (!selected.ok) return { ok: false, error: selected.error }
    const signed = JSON.stringify([
      query.words,
      query.phrases,
      [...new Set(input.entities ?? [])].sort(),
      input.match ?? 'all',
      sort,
      ...selected.range,
    ])
    let position: string[] | undefined
    if (input.cursor !== undefined) {
      const opened = openCursor(input.cursor, signed)
      if (!opened.ok) return { ok: false, error: opened.error }
      position = opened.position
    }

    let variants = query.words.map(exactVariants)
    let bits = matchAll(variants, selected.bits)
    if (query.phrases.length > 0) keepPhrases(bits, query.phrases)
    let suggestion: string | undefined
    if (popcount(bits) < FEW) {
      // Typos are tried only when the words as typed find little anywhere, the filter aside.
      const anywhere = popcount(matchAll(variants, allBits))
      if (anywhere < FEW) {
        const fuzzy = query.words.map(fuzzyVariants)
        if (anywhere === 0) suggestion = suggestionFor(query, fuzzy)
        const widened = matchAll(fuzzy, selected.bits)
        if (query.phrases.length > 0) keepPhrases(widened, query.phrases)
        if (popcount(widened) > popcount(bits)) {
          bits = widened
          variants = fuzzy
        }
      }
    }
    const total = popcount(bits)
    const matched = new Set(variants.flatMap((word) => word.map((v) => v.key)))

    let page: number[]
    if (sort === 'newest') {
      const after = position === undefined ? -1 : (slugPositions.get(position[1] ?? '') ?? -1)
      page = []
      for (let w = (after + 1) >>> 5; w < words && page.length <= limit; w++) {
        let word = bits[w]!
        while (word !== 0 && page.length <= limit) {
          const low = word & -word
          word ^= low
          const pos = (w << 5) + 31 - Math.clz32(low)
          if (pos > after) page.push(pos)
        }
      }
    } else {
      const best = scoreMatches(bits, variants, query, Math.max(PROXIMITY_DEPTH, limit + 1))
      if (position === undefined) page = best.sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, limit + 1)
      else {
        const [score = '', slug = ''] = position
        page = top(bits, limit + 1, Number(score), slugPositions.get(slug) ?? -1)
      }
    }
    const more = page.length > limit
    if (more) page.length = limit
    const items = page.map((pos) => ({ article: engine.sorted[pos]!, match: matchOf(pos, matched) }))
    const last = page[page.length - 1]
    const nextCursor =
      more && last !== undefined
        ? signCursor([sort === 'newest' ? '' : String(scores[last]), engine.sorted[last]!.slug], signed)
        : null
    // One word of one key (as typed, or the one spelling a typo widened to), no filter, no phrase: the matches are
    // that key's articles.
    const unfiltered = (input.entities ?? []).length === 0 && selected.range.length === 0
    const [only] = variants.length === 1 && variants[0]!.length === 1 ? variants[0]! : []
    const counted = unfiltered && only && query.phrases.length === 0 ? keyFacets.get(only.key) : undefined
    const facets = counted ? [...counted] : engine.facetsOf(bits)
    const value: SearchPage<A> = { items, nextCursor, total, facets, bits }
    if (suggestion !== undefined) value.suggestion = suggestion
    return { ok: true, value }
  }

  /**
   * BM25+ of every match into `scores`, tagged articles ×2, proximity among the best; returns the best `depth`
   * (those proximity may reorder; any page of a first request is among them, as the rest only rank lower).
   */
  function scoreMatches(bits: Bits, variants: readonly Variant[][], query: SearchQuery, depth: number): number[] {
    // Every match is in each word's postings: a word of one key sets the scores, no clearing of the whole array.
    const [first, ...rest] = variants
    if (first?.length === 1) {
      const { key, weight } = first[0]!
      for (let i = keyStart[key]!; i < keyStart[key + 1]!; i++) {
        const pos = postDocs[i]!
        if (has(bits, pos)) scores[pos] = postImpact[i]! * weight
      }
    } else scores.fill(0)
    for (const word of first?.length === 1 ? rest : variants) {
      for (const { key, weight } of word) {
        for (let i = keyStart[key]!; i < keyStart[key + 1]!; i++) {
          const pos = postDocs[i]!
          if (has(bits, pos)) scores[pos]! += postImpact[i]! * weight
        }
      }
    }
    // A tagged entity ranks above a passing mention.
    const named = entitiesNamed(query).flatMap((id) => leads.get(id) ?? [])
    if (named.length > 0) {
      const tagged = new Uint32Array(words)
      for (let w = 0; w < words; w++) {
        let any = 0
        for (const set of named) any |= set[w]!
        tagged[w] = bits[w]! & any
      }
      forEach(tagged, (pos) => {
        scores[pos]! *= 2
      })
    }
    const best = top(bits, depth)
    const wanted = [...new Set(query.words.map(analyzeQuery))]
    if (wanted.length > 1) {
      // Proximity: among the best, words close together in one text rank higher.
      const ids = wanted.map((key) => keyIds.get(key) ?? -1)
      const near = best.slice(0, PROXIMITY_DEPTH)
      const boosted = near.map((pos) => {
        const span = closestSpan(pos, ids)
        return span === null ? scores[pos]! : scores[pos]! * (1 + PROXIMITY_WEIGHT * ((wanted.length - 1) / (span - 1)))
      })
      near.forEach((pos, i) => {
        scores[pos] = boosted[i]!
      })
    }
    return best
  }

  /** The newest `limit` articles whose title holds one of `keysWanted` and every key of `required`. */
  function titleMatches(
    keysWanted: readonly number[],
    required: readonly number[],
    limit: number,
  ): { slug: string; title: string }[] {
    const inTitle = (k: number, pos: number) => {
      let lo = titleStart[k]!
      let hi = titleStart[k + 1]!
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (titleDocs[mid]! < pos) lo = mid + 1
        else hi = mid
      }
      return lo < titleStart[k + 1]! && titleDocs[lo] === pos
    }
    // The newest `limit` of each key are enough: the union's newest `limit` are among them.
    const found = new Set<number>()
    for (const k of keysWanted) {
      let taken = 0
      for (let i = titleStart[k]!; i < titleStart[k + 1]! && taken < limit; i++) {
        const pos = titleDocs[i]!
        if (required.every((r) => inTitle(r, pos))) {
          found.add(pos)
          taken++
        }
      }
    }
    return [...found]
      .sort((a, b) => a - b)
      .slice(0, limit)
      .map((pos) => ({ slug: engine.sorted[pos]!.slug, title: engine.sorted[pos]!.title }))
  }

  /** Positions in a sorted list of strings that start with `prefix`. */
  function withPrefix(sorted: readonly string[], prefix: string): [number, number] {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (sorted[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    let end = lo
    while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++
    return [lo, end]
  }

  /** Keys of the words starting with `prefix` as written ("pa": pasar), and of the stems starting with its stem. */
  function keysWithPrefix(prefix: string): number[] {
    const found = new Set<number>()
    const [from, to] = withPrefix(termsSorted, prefix)
    for (let i = from; i < to; i++) {
      const k = termKey[termIds.get(termsSorted[i]!)!]!
      if (k >= 0) found.add(k)
    }
    const [keyFrom, keyTo] = withPrefix(keysSorted, analyzeQuery(prefix))
    for (let i = keyFrom; i < keyTo; i++) found.add(keyIds.get(keysSorted[i]!)!)
    return [...found]
  }

  function suggest(q: string, limit: number): Suggestions {
    const folded = tokenize(q).map((t) => t.term)
    const text = folded.join(' ')
    // No word at all (".*(", punctuation): every name would start with the empty text.
    if (text === '') return { entities: [], articles: [] }
    const entityHits: SearchableEntity[] = []
    for (const { entity, names, words: nameWords } of entityNames) {
      if (entityHits.length === limit) break
      if (names.some((name) => name.startsWith(text)) || nameWords.some((word) => word.startsWith(text)))
        entityHits.push(entity)
    }
    const terms = folded.filter((t) => !STOP_WORDS.has(t))
    const lastTerm = terms.pop()
    if (lastTerm === undefined) return { entities: entityHits, articles: [] }
    // Whole words match their stem in a title; the word being typed matches as a prefix.
    const required = terms.map((term) => keyIds.get(analyzeQuery(term)) ?? -1)
    if (required.includes(-1)) return { entities: entityHits, articles: [] }
    return { entities: entityHits, articles: titleMatches(keysWithPrefix(lastTerm), required, limit) }
  }

  return { search, suggest }
}

/** A match's field with its text cut to about SNIPPET_CHARS around the first found word (at word edges), and the
 * found words' places in that cut. */
export function snippetOf(field: Field, text: string, found: readonly Token[]): SearchMatch {
  let start = 0
  let end = text.length
  if (text.length > SNIPPET_CHARS) {
    const first = found[0]!
    start = Math.max(0, first.start - 40)
    // Start at a word.
    if (start > 0) {
      const space = text.lastIndexOf(' ', start)
      start = space === -1 ? 0 : space + 1
    }
    end = Math.min(text.length, start + SNIPPET_CHARS)
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end)
      if (space > first.end) end = space
    }
  }
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const snippet = prefix + text.slice(start, end) + suffix
  const highlights = found
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => ({ start: t.start - start + prefix.length, end: t.end - start + prefix.length }))
  return { field, snippet, highlights }
}

export function fail<A>(code: SearchErrorCode, message: string): SearchResultOf<A> {
  return { ok: false, error: { code, message } }
}
