// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadGazetteer } from './corpus.ts'
import { generateCorpus } from './generate-corpus.ts'
import { createQueryEngine, type ArticleQuery, type IndexableArticle, type IndexableEntity } from './query-engine.ts'

const entities: IndexableEntity[] = [
  { id: 'vladimir-putin', type: 'person', countryId: 'rusia' },
  { id: 'donald-trump', type: 'person', countryId: 'amerika-serikat' },
  { id: 'volodymyr-zelensky', type: 'person', countryId: 'ukraina' },
  { id: 'ursula-von-der-leyen', type: 'person' },
  { id: 'rusia', type: 'country' },
  { id: 'amerika-serikat', type: 'country' },
  { id: 'ukraina', type: 'country' },
  { id: 'tiongkok', type: 'country' },
]

const article = (slug: string, publishedAt: string, entityIds: string[], text = ''): IndexableArticle => ({
  slug,
  publishedAt,
  title: `Judul ${slug}`,
  dek: 'Ringkasan.',
  paragraphs: [text],
  entityIds,
})

const articles = [
  article('a-putin', '2025-08-10T10:00:00+07:00', ['vladimir-putin'], 'Putin berbicara di Moskow.'),
  article('b-putin-trump', '2025-08-15T10:00:00+07:00', ['vladimir-putin', 'donald-trump', 'rusia'], 'KTT di Alaska.'),
  article(
    'c-zelensky',
    '2025-08-18T10:00:00+07:00',
    ['volodymyr-zelensky', 'donald-trump'],
    'Volodymyr Zelenskyy tiba.',
  ),
  article('d-tiongkok', '2025-08-01T10:00:00+07:00', ['tiongkok'], 'Tiongkok dan Erdoğan.'),
  // Same instant as c-zelensky, written with another offset: a tie, broken by slug.
  article('e-rusia', '2025-08-18T03:00:00Z', ['rusia'], 'Rusia menolak.'),
  article('f-eu', '2025-07-30T10:00:00+07:00', ['ursula-von-der-leyen'], 'Brussel bersuara.'),
]
const engine = createQueryEngine(articles, entities)

function slugs(query: ArticleQuery): string[] {
  const result = engine.query(query)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.items.map((a) => a.slug)
}

function errorCode(query: ArticleQuery): string | undefined {
  const result = engine.query(query)
  return result.ok ? undefined : result.error.code
}

describe('query engine filters', () => {
  it('orders newest first, ties by slug', () => {
    expect(slugs({})).toEqual(['c-zelensky', 'e-rusia', 'b-putin-trump', 'a-putin', 'd-tiongkok', 'f-eu'])
  })

  it('filters on one entity', () => {
    expect(slugs({ entities: ['vladimir-putin'] })).toEqual(['b-putin-trump', 'a-putin'])
  })

  it('match all needs every entity; match any needs one', () => {
    expect(slugs({ entities: ['vladimir-putin', 'donald-trump'] })).toEqual(['b-putin-trump'])
    expect(slugs({ entities: ['vladimir-putin', 'donald-trump'], match: 'all' })).toEqual(['b-putin-trump'])
    expect(slugs({ entities: ['vladimir-putin', 'donald-trump'], match: 'any' })).toEqual([
      'c-zelensky',
      'b-putin-trump',
      'a-putin',
    ])
    expect(slugs({ entities: ['tiongkok', 'volodymyr-zelensky', 'ursula-von-der-leyen'], match: 'any' })).toEqual([
      'c-zelensky',
      'd-tiongkok',
      'f-eu',
    ])
  })

  it('a leader implies the country', () => {
    // a-putin mentions only Putin; c-zelensky only Zelensky and Trump.
    expect(slugs({ entities: ['rusia'] })).toEqual(['e-rusia', 'b-putin-trump', 'a-putin'])
    expect(slugs({ entities: ['ukraina'] })).toEqual(['c-zelensky'])
    expect(slugs({ entities: ['amerika-serikat', 'ukraina'] })).toEqual(['c-zelensky'])
    expect(engine.countFor('rusia')).toBe(3)
    expect(engine.countFor('amerika-serikat')).toBe(2)
  })

  it('q is a case- and diacritics-insensitive substring of title, dek and text', () => {
    expect(slugs({ q: 'ZELENSKYY' })).toEqual(['c-zelensky'])
    expect(slugs({ q: 'erdogan' })).toEqual(['d-tiongkok'])
    expect(slugs({ q: 'Erdoğan' })).toEqual(['d-tiongkok'])
    expect(slugs({ q: 'tiongkok' })).toEqual(['d-tiongkok'])
    expect(slugs({ q: '  judul   a-putin ' })).toEqual(['a-putin'])
    expect(slugs({ q: 'ringkasan' })).toHaveLength(6)
    expect(slugs({ q: 'moskow', entities: ['vladimir-putin'] })).toEqual(['a-putin'])
    expect(slugs({ q: 'moskow', entities: ['donald-trump'] })).toEqual([])
    expect(slugs({ q: 'qqq' })).toEqual([])
    // Parts are kept apart: no match across the end of the dek and the start of the text.
    expect(slugs({ q: 'ringkasan. putin' })).toEqual([])
  })

  it('facets count where adding each entity with "all" would lead', () => {
    const result = engine.query({ entities: ['amerika-serikat'] })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.total).toBe(2)
    expect(result.value.facets).toEqual([
      { entityId: 'amerika-serikat', count: 2 },
      { entityId: 'donald-trump', count: 2 },
      { entityId: 'rusia', count: 1 },
      { entityId: 'ukraina', count: 1 },
      { entityId: 'vladimir-putin', count: 1 },
      { entityId: 'volodymyr-zelensky', count: 1 },
    ])
    for (const { entityId, count } of result.value.facets) {
      const narrowed = engine.query({ entities: ['amerika-serikat', entityId] })
      expect(narrowed.ok && narrowed.value.total).toBe(count)
    }
  })

  it('co-mentions: other entities in the same articles, most often first', () => {
    expect(engine.coMentions('donald-trump')).toEqual([
      { entityId: 'amerika-serikat', count: 2 },
      { entityId: 'rusia', count: 1 },
      { entityId: 'ukraina', count: 1 },
      { entityId: 'vladimir-putin', count: 1 },
      { entityId: 'volodymyr-zelensky', count: 1 },
    ])
    expect(engine.coMentions('nobody')).toEqual([])
  })
})

describe('query engine pagination', () => {
  const gazetteer = loadGazetteer()
  // 600 articles over 12 timestamps: ~50 ties per timestamp.
  const synthetic = generateCorpus({ size: 600, seed: 7, entities: gazetteer, timestamps: 12 })
  const big = createQueryEngine(synthetic, gazetteer)

  function walk(query: ArticleQuery, limit: number): string[] {
    const seen: string[] = []
    let cursor: string | undefined
    for (let page = 0; page < 1000; page++) {
      const result = big.query({ ...query, limit, cursor })
      if (!result.ok) throw new Error(result.error.message)
      expect(result.value.items.length).toBeLessThanOrEqual(limit)
      seen.push(...result.value.items.map((a) => a.slug))
      if (result.value.nextCursor === null) return seen
      expect(result.value.items).toHaveLength(limit)
      cursor = result.value.nextCursor
    }
    throw new Error('pagination did not end')
  }

  it('has many equal timestamps', () => {
    expect(new Set(synthetic.map((a) => a.publishedAt)).size).toBe(12)
  })

  const queries: ArticleQuery[] = [
    {},
    { entities: ['vladimir-putin'] },
    { entities: ['rusia', 'amerika-serikat'], match: 'all' },
    { entities: ['volodymyr-zelensky', 'xi-jinping', 'narendra-modi'], match: 'any' },
    { q: 'tarif' },
  ]
  for (const query of queries) {
    it(`walks every page without losing or repeating an article: ${JSON.stringify(query)}`, () => {
      const first = big.query({ ...query, limit: 50 })
      if (!first.ok) throw new Error(first.error.message)
      const everything = walk(query, 50)
      expect(everything).toHaveLength(first.value.total)
      expect(new Set(everything).size).toBe(everything.length)
      for (const limit of [1, 3, 7, 20, 49]) expect(walk(query, limit)).toEqual(everything)
    })
  }

  it('items are in global order: newest first, ties by slug', () => {
    const all = walk({}, 50)
    const bySlug = new Map(synthetic.map((a) => [a.slug, a]))
    for (let i = 1; i < all.length; i++) {
      const a = bySlug.get(all[i - 1]!)!
      const b = bySlug.get(all[i]!)!
      const ta = Date.parse(a.publishedAt)
      const tb = Date.parse(b.publishedAt)
      expect(ta > tb || (ta === tb && a.slug < b.slug)).toBe(true)
    }
  })

  it('the limit may change between pages; the query may not', () => {
    const first = big.query({ entities: ['vladimir-putin'], limit: 5 })
    if (!first.ok || first.value.nextCursor === null) throw new Error('expected a second page')
    const cursor = first.value.nextCursor
    expect(big.query({ entities: ['vladimir-putin'], limit: 9, cursor }).ok).toBe(true)
    expect(big.query({ entities: ['vladimir-putin'], match: 'all', cursor }).ok).toBe(true)
    for (const other of [
      { entities: ['donald-trump'] },
      { entities: ['vladimir-putin'], match: 'any' },
      { entities: ['vladimir-putin'], q: 'tarif' },
      {},
    ]) {
      const result = big.query({ ...other, cursor })
      expect(result.ok ? 'ok' : result.error.code).toBe('foreign_cursor')
    }
  })
})

describe('query engine errors', () => {
  it('rejects a bad limit', () => {
    for (const limit of ['abc', '0', '51', '-1', '1.5', '', ' 5', '1e1', 0, 51, 2.5, Number.NaN]) {
      expect(errorCode({ limit }), `limit ${String(limit)}`).toBe('invalid_limit')
    }
    expect(errorCode({ limit: '50' })).toBeUndefined()
    expect(errorCode({ limit: 1 })).toBeUndefined()
    const result = engine.query({ limit: 'abc' })
    expect(!result.ok && result.error.message).toBe("limit must be an integer from 1 to 50; got 'abc'")
  })

  it('rejects a malformed cursor', () => {
    for (const cursor of [
      '',
      'not base64!',
      'e30',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{"p":"x","s":"a","h":"b"}').toString('base64url'),
    ]) {
      expect(errorCode({ cursor }), `cursor ${cursor}`).toBe('invalid_cursor')
    }
  })

  it('rejects a cursor whose position was changed', () => {
    const first = engine.query({ limit: 2 })
    if (!first.ok || first.value.nextCursor === null) throw new Error('expected a second page')
    const payload = JSON.parse(Buffer.from(first.value.nextCursor, 'base64url').toString('utf8')) as { p: string[] }
    payload.p[1] = 'a'
    const edited = Buffer.from(JSON.stringify(payload)).toString('base64url')
    expect(errorCode({ limit: 2, cursor: edited })).toBe('invalid_cursor')
  })

  it('names an unknown entity', () => {
    const result = engine.query({ entities: ['vladimir-putin', 'nobody-known'] })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('unknown_entity')
      expect(result.error.message).toContain("'nobody-known'")
    }
  })

  it('rejects a bad match and a too-long q', () => {
    expect(errorCode({ match: 'some' })).toBe('invalid_match')
    expect(errorCode({ match: '' })).toBe('invalid_match')
    expect(errorCode({ q: 'x'.repeat(201) })).toBe('query_too_long')
    expect(errorCode({ q: 'x'.repeat(200) })).toBeUndefined()
  })
})
