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
})
