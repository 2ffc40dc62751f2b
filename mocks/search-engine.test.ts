// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createQueryEngine, type IndexableArticle } from './query-engine.ts'
import { createSearchEngine, type SearchableEntity } from './search-engine.ts'

const entities: SearchableEntity[] = [
  { id: 'volodymyr-zelensky', type: 'person', name: 'Volodymyr Zelensky', aliases: ['Zelensky'] },
  { id: 'narendra-modi', type: 'person', name: 'Narendra Modi', aliases: ['Modi'] },
]

let day = 1
function article(slug: string, title: string, paragraphs: string[], entityIds: string[] = [], lead = entityIds) {
  day += 1
  return {
    slug,
    publishedAt: `2025-08-${String(day).padStart(2, '0')}T08:00:00+07:00`,
    title,
    dek: 'Laporan singkat.',
    paragraphs,
    entityIds,
    leadEntityIds: lead,
  } satisfies IndexableArticle
}

const filler = 'pemerintah menyampaikan laporan resmi kepada wartawan pada pekan ini'
const articles = [
  article('adjacent', 'Laporan pasar', [`${filler} harga minyak naik tajam ${filler}`]),
  article('apart', 'Laporan pasar lain', [`harga ${filler} ${filler} minyak`]),
  article('tagged', 'Modi bertemu petani', [`${filler} tarif baru`], ['narendra-modi']),
  article('passing', 'Petani dan tarif', [`${filler} tarif baru, kata Modi`], ['narendra-modi'], []),
  article('phone', 'Pemerintah menelepon sekutu', [filler]),
  article('zelensky', 'Zelensky di Washington', [filler], ['volodymyr-zelensky']),
]
const search = createSearchEngine(createQueryEngine(articles, entities), entities)
const slugs = (q: string) => {
  const result = search.search({ q })
  if (!result.ok) throw new Error(result.error.message)
  return result.value.items.map((hit) => hit.article.slug)
}

describe('search engine ranking', () => {
  it('ranks words close together above the same words far apart', () => {
    expect(slugs('harga minyak')).toEqual(['adjacent', 'apart'])
  })

  it('ranks an article tagged with the searched leader above one naming them in passing', () => {
    expect(slugs('modi tarif')).toEqual(['tagged', 'passing'])
  })

  it('matches a quoted phrase only as written', () => {
    expect(slugs('"harga minyak"')).toEqual(['adjacent'])
  })

  it('finds affixed forms from the root, and a misspelt name with a suggestion', () => {
    expect(slugs('telepon')).toEqual(['phone'])
    const result = search.search({ q: 'Zelenski' })
    expect(result.ok && result.value.suggestion).toBe('Zelensky')
    expect(result.ok && result.value.items.map((hit) => hit.article.slug)).toEqual(['zelensky'])
  })

  it('refuses a query of stop words only, and an unknown sort', () => {
    const stop = search.search({ q: 'yang dan di' })
    expect(!stop.ok && stop.error.code).toBe('no_search_words')
    const sort = search.search({ q: 'tarif', sort: 'oldest' })
    expect(!sort.ok && sort.error.code).toBe('invalid_sort')
  })

  it('counts every match and its facets, and pages through each once by either sort', () => {
    const filtered = search.search({ q: 'tarif', entities: ['narendra-modi'] })
    expect(filtered.ok && filtered.value.total).toBe(2)
    expect(filtered.ok && filtered.value.facets).toEqual([{ entityId: 'narendra-modi', count: 2 }])
    for (const sort of ['relevance', 'newest']) {
      const seen: string[] = []
      let cursor: string | undefined
      do {
        const page = search.search({ q: 'laporan', sort, limit: 4, ...(cursor === undefined ? {} : { cursor }) })
        if (!page.ok) throw new Error(page.error.message)
        expect(page.value.total).toBe(articles.length)
        seen.push(...page.value.items.map((hit) => hit.article.slug))
        cursor = page.value.nextCursor ?? undefined
      } while (cursor !== undefined)
      expect([...seen].sort()).toEqual(articles.map((a) => a.slug).sort())
    }
  })
})

describe('facets', () => {
  it('counts the leaders and countries over exactly what matched: one word, filtered, in a date range, a typo', () => {
    const engine = createQueryEngine(articles, entities)
    const counted = createSearchEngine(engine, entities)
    const inputs = [
      { q: 'tarif' },
      { q: 'laporan' },
      { q: 'petani' },
      { q: 'tarif', entities: ['narendra-modi'] },
      { q: 'laporan', from: '2025-08-05' },
      { q: 'tarip' },
      { q: 'harga minyak' },
    ]
    for (const input of inputs) {
      const result = counted.search(input)
      if (!result.ok) throw new Error(result.error.message)
      expect(result.value.facets, JSON.stringify(input)).toEqual(engine.facetsOf(result.value.bits))
    }
    const oneWord = counted.search({ q: 'tarif' })
    expect(oneWord.ok && oneWord.value.facets).toEqual([{ entityId: 'narendra-modi', count: 2 }])
  })
})

describe('suggestions', () => {
  it('gives leaders by a typed prefix, and titles holding the typed words, newest first', () => {
    expect(search.suggest('zel', 5).entities.map((e) => e.id)).toEqual(['volodymyr-zelensky'])
    expect(search.suggest('laporan pa', 5).articles.map((a) => a.slug)).toEqual(['apart', 'adjacent'])
    expect(search.suggest('pasar', 1).articles.map((a) => a.slug)).toEqual(['apart'])
    expect(search.suggest('yang', 5).articles).toEqual([])
  })

  it('suggests nothing for text with no word in it (punctuation, regex characters)', () => {
    for (const q of ['.*(', '-', '“”', '!!!']) expect(search.suggest(q, 5)).toEqual({ entities: [], articles: [] })
  })
})
