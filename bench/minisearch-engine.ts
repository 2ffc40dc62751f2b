// The first search engine of the mock API (decision 010), kept as the search
// bench's baseline: MiniSearch (BM25+, field boosts, fuzzy terms) over the
// shared folding and stemming, composed with the bitset engine's filters and
// facets. The API now uses mocks/search-engine.ts (decision 022).
import MiniSearch, { type SearchResult } from 'minisearch'
import type { SearchMatch } from '../src/api/schemas'
import { editDistanceWithin, typoBudget } from '../src/lib/search-text/edit-distance.ts'
import { parseSearchQuery, type SearchQuery } from '../src/lib/search-text/query.ts'
import { stem } from '../src/lib/search-text/stemmer.ts'
import { STOP_WORDS } from '../src/lib/search-text/stop-words.ts'
import { codePointLength, tokenize, type Token } from '../src/lib/search-text/tokenize.ts'
import {
  type IndexableArticle,
  type QueryEngine,
  parseLimit,
  popcount,
  quote,
  MAX_LIMIT,
  MAX_Q_LENGTH,
} from '../mocks/query-engine.ts'
import { signCursor, openCursor } from '../mocks/cursor.ts'
import {
  fail,
  snippetOf,
  type Field,
  type SearchEngine,
  type SearchInput,
  type SearchPage,
  type SearchResultOf,
  type SearchableEntity,
  type Suggestions,
} from '../mocks/search-engine.ts'

const FIELDS = ['title', 'dek', 'caption', 'body'] as const
const BOOST: Record<Field, number> = { title: 4, dek: 2, caption: 1.5, body: 1 }
/** Fewer results than this and the engine also tries typos and proposes a spelling. */
const FEW = 3
/** How many of the best-scored matches proximity reorders, and how much adjacent words weigh (×1.5 at most). */
const PROXIMITY_DEPTH = 30
const PROXIMITY_WEIGHT = 0.5

interface Doc {
  id: number
  title: string
  dek: string
  caption: string
  body: string
}

function fieldTexts(article: IndexableArticle): Record<Field, string[]> {
  return {
    title: [article.title],
    dek: [article.dek],
    caption: [...(article.captions ?? [])],
    body: [...article.paragraphs],
  }
}

export function createMiniSearchEngine<A extends IndexableArticle>(
  engine: QueryEngine<A>,
  entities: readonly SearchableEntity[],
): SearchEngine<A> {
  // Names are not stemmed: every word of every alias is kept as it is.
  const keep = new Set<string>()
  const aliasEntities = new Map<string, string>()
  for (const entity of entities) {
    for (const alias of [entity.name, entity.nameEn ?? '', ...entity.aliases]) {
      const terms = tokenize(alias).map((t) => t.term)
      if (terms.length === 0) continue
      for (const term of terms) keep.add(term)
      aliasEntities.set(terms.join(' '), entity.id)
    }
  }
  const analyze = (term: string): string | null => (STOP_WORDS.has(term) ? null : stem(term, keep))
  const analyzeQuery = (term: string): string => analyze(term) ?? term
  /** How each stem is most often written, for "did you mean". */
  const spelling = new Map<string, string>()

  const index = new MiniSearch<Doc>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize: (text) => {
      const tokens = tokenize(text)
      for (const token of tokens) {
        if (token.term.length < 5) continue
        const key = analyze(token.term)
        if (key !== null && !spelling.has(key)) spelling.set(key, text.slice(token.start, token.end))
      }
      return tokens.map((t) => t.term)
    },
    processTerm: analyze,
    searchOptions: { boost: BOOST, combineWith: 'AND' },
  })
  index.addAll(
    engine.sorted.map((article, id) => {
      const texts = fieldTexts(article)
      return {
        id,
        title: texts.title.join('\n'),
        dek: texts.dek.join('\n'),
        caption: texts.caption.join('\n'),
        body: texts.body.join('\n'),
      }
    }),
  )
  const leadEntities = engine.sorted.map((article) => new Set(article.leadEntityIds ?? article.entityIds.slice(0, 1)))

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

  /** Runs the words through MiniSearch; fuzzy adds typo matches within the budget of each word. */
  function retrieve(query: SearchQuery, fuzzy: boolean): SearchResult[] {
    return index.search(
      {
        combineWith: 'AND',
        queries: query.words.map((word) => {
          const stemmed = { queries: [word], fuzzy: fuzzy ? typoBudget(word) : false, processTerm: analyzeQuery }
          // Names are indexed unstemmed: a misspelt name is compared as typed ("tokayef" to "tokayev").
          if (!fuzzy || analyzeQuery(word) === word) return stemmed
          return { combineWith: 'OR', queries: [stemmed, { ...stemmed, processTerm: (term: string) => term }] }
        }),
      },
      { weights: { fuzzy: 0.6, prefix: 0.3 } },
    )
  }

  function phraseMatches(article: IndexableArticle, phrase: readonly string[]): boolean {
    const texts = fieldTexts(article)
    for (const field of FIELDS) {
      for (const text of texts[field]) {
        const terms = tokenize(text).map((t) => t.term)
        outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
          for (let k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) continue outer
          return true
        }
      }
    }
    return false
  }

  /** The fewest words of one text (title, dek, a caption or paragraph) that hold every wanted stem, or null. */
  function closestSpan(article: IndexableArticle, wanted: ReadonlySet<string>): number | null {
    const texts = fieldTexts(article)
    let best: number | null = null
    for (const field of FIELDS) {
      for (const text of texts[field]) {
        const keys = tokenize(text).map((t) => analyze(t.term))
        const last = new Map<string, number>()
        keys.forEach((key, i) => {
          if (key === null || !wanted.has(key)) return
          last.set(key, i)
          if (last.size < wanted.size) return
          const span = i - Math.min(...last.values()) + 1
          if (best === null || span < best) best = span
        })
      }
    }
    return best
  }

  /** The best field's snippet: the window of text with the most distinct matched words. */
  function matchOf(
    article: IndexableArticle,
    wanted: ReadonlySet<string>,
    fuzzyTerms: ReadonlySet<string>,
  ): SearchMatch | undefined {
    const texts = fieldTexts(article)
    let best: { field: Field; text: string; tokens: Token[]; score: number } | undefined
    for (const field of FIELDS) {
      for (const text of texts[field]) {
        const tokens = tokenize(text).filter((t) => {
          const key = analyze(t.term)
          return key !== null && (wanted.has(key) || fuzzyTerms.has(key))
        })
        if (tokens.length === 0) continue
        const distinct = new Set(tokens.map((t) => analyze(t.term))).size
        const score = distinct * 10 + BOOST[field]
        if (!best || score > best.score) best = { field, text, tokens, score }
      }
      if (best && field === 'title') break
    }
    if (!best) return undefined
    const { field, text, tokens } = best
    return snippetOf(field, text, tokens)
  }

  /** The query with each unknown word replaced by the closest known spelling, or undefined. */
  function suggestionFor(query: SearchQuery, results: readonly SearchResult[]): string | undefined {
    const matched = new Set(results.flatMap((r) => Object.keys(r.match)))
    let changed = false
    const words = query.words.map((word) => {
      const key = analyze(word) ?? word
      if (index.documentCount > 0 && index.search(word, { processTerm: (t) => analyze(t) ?? t }).length > 0) return word
      let bestTerm: string | undefined
      let bestDistance = Infinity
      for (const term of matched) {
        const distance = Math.min(
          editDistanceWithin(key, term, typoBudget(word)) ?? Infinity,
          editDistanceWithin(word, term, typoBudget(word)) ?? Infinity,
        )
        if (distance < bestDistance) {
          bestDistance = distance
          bestTerm = term
        }
      }
      if (bestTerm === undefined) return word
      changed = true
      return spelling.get(bestTerm) ?? bestTerm
    })
    return changed ? words.join(' ') : undefined
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
    const selected = engine.select(input.entities ?? [], input.match, { from: input.from, to: input.to })
    if (!selected.ok) return { ok: false, error: selected.error }
    const filter = selected.bits

    let results = retrieve(query, false)
    let suggestion: string | undefined
    let fuzzyTerms = new Set<string>()
    if (results.length < FEW) {
      const fuzzy = retrieve(query, true)
      suggestion = results.length === 0 ? suggestionFor(query, fuzzy) : undefined
      if (fuzzy.length > results.length) {
        const exact = new Set(results.flatMap((r) => Object.keys(r.match)))
        fuzzyTerms = new Set(fuzzy.flatMap((r) => Object.keys(r.match)).filter((t) => !exact.has(t)))
        results = fuzzy
      }
    }
    const named = entitiesNamed(query)
    const hits: { pos: number; score: number }[] = []
    const bits = new Uint32Array(filter.length)
    for (const result of results) {
      const pos = result.id as number
      if (((filter[pos >>> 5] ?? 0) & (1 << (pos & 31))) === 0) continue
      const article = engine.sorted[pos]!
      if (query.phrases.length > 0 && !query.phrases.every((phrase) => phraseMatches(article, phrase))) continue
      let score = result.score
      // A tagged entity ranks above a passing mention.
      if (named.some((id) => leadEntities[pos]!.has(id))) score *= 2
      hits.push({ pos, score })
      bits[pos >>> 5]! |= 1 << (pos & 31)
    }
    const wanted = new Set(query.words.map((w) => analyze(w) ?? w))
    if (sort === 'relevance' && wanted.size > 1) {
      // Proximity: among the best, words close together in one text rank higher.
      hits.sort((a, b) => b.score - a.score || a.pos - b.pos)
      for (const hit of hits.slice(0, PROXIMITY_DEPTH)) {
        const span = closestSpan(engine.sorted[hit.pos]!, wanted)
        if (span !== null) hit.score *= 1 + PROXIMITY_WEIGHT * ((wanted.size - 1) / (span - 1))
      }
    }
    const total = popcount(bits)
    const signed = JSON.stringify([
      query.words,
      query.phrases,
      [...new Set(input.entities ?? [])].sort(),
      input.match ?? 'all',
      sort,
      ...selected.range,
    ])

    let ordered: { pos: number; score: number }[]
    if (sort === 'newest') ordered = hits.sort((a, b) => a.pos - b.pos)
    else ordered = hits.sort((a, b) => b.score - a.score || a.pos - b.pos)

    let from = 0
    if (input.cursor !== undefined) {
      const opened = openCursor(input.cursor, signed)
      if (!opened.ok) return { ok: false, error: opened.error }
      const [score = '', slug = ''] = opened.position
      from = ordered.findIndex((hit) => {
        const hitSlug = engine.sorted[hit.pos]!.slug
        if (sort === 'newest') return hit.pos > positionOfSlug(slug)
        return hit.score < Number(score) || (hit.score === Number(score) && hitSlug > slug)
      })
      if (from === -1) from = ordered.length
    }
    const page = ordered.slice(from, from + limit)
    const items = page.map(({ pos }) => {
      const article = engine.sorted[pos]!
      return { article, match: matchOf(article, wanted, fuzzyTerms) }
    })
    const last = page[page.length - 1]
    const nextCursor =
      from + limit < ordered.length && last
        ? signCursor([String(last.score), engine.sorted[last.pos]!.slug], signed)
        : null
    const value: SearchPage<A> = { items, nextCursor, total, facets: engine.facetsOf(bits), bits }
    if (suggestion !== undefined) value.suggestion = suggestion
    return { ok: true, value }
  }

  const slugPositions = new Map(engine.sorted.map((a, i) => [a.slug, i]))
  const positionOfSlug = (slug: string) => slugPositions.get(slug) ?? -1

  function suggest(q: string, limit: number): Suggestions {
    const folded = tokenize(q).map((t) => t.term)
    const text = folded.join(' ')
    const entityHits = entities.filter((entity) =>
      [entity.name, entity.nameEn ?? '', ...entity.aliases].some((alias) => {
        const name = tokenize(alias)
          .map((t) => t.term)
          .join(' ')
        return name.startsWith(text) || name.split(' ').some((word) => word.startsWith(text))
      }),
    )
    const words = folded.filter((t) => !STOP_WORDS.has(t))
    const articles: { slug: string; title: string }[] = []
    if (words.length > 0) {
      const results = index.search(words.join(' '), {
        fields: ['title'],
        prefix: (_term, i, terms) => i === terms.length - 1,
        combineWith: 'AND',
      })
      for (const result of results.slice(0, limit)) {
        const article = engine.sorted[result.id as number]!
        articles.push({ slug: article.slug, title: article.title })
      }
    }
    return { entities: entityHits.slice(0, limit), articles }
  }

  return { search, suggest }
}
