// @vitest-environment node
// Every endpoint through the MSW handlers (tests/setup.ts serves them), parsed
// with the contract's schemas.
import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import {
  ApiErrorBody,
  type ArticleListResponse as ArticleListBody,
  ArticleListResponse,
  ArticleResponse,
  CountsResponse,
  EntityListResponse,
  EntityResponse,
  StoryResponse,
  SuggestResponse,
} from '../src/api/schemas'
import { ArticleHistogramResponse } from '../src/api/histogram'

const API = 'http://localhost/api'
const SEED = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

async function get<S extends z.ZodMiniType>(path: string, schema: S, status = 200): Promise<z.infer<S>> {
  const response = await fetch(`${API}${path}`)
  const body: unknown = await response.json()
  expect(response.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  expect(response.headers.get('cache-control')).toBe('no-store')
  return schema.parse(body)
}

const getError = (path: string, status: number) => get(path, ApiErrorBody, status)

describe('GET /api/counts', () => {
  it('counts, per entity, the articles published after since, and those about any of them once', async () => {
    const newest = await get('/articles?entity=vladimir-putin&entity=kazakhstan&match=any&limit=8', ArticleListResponse)
    const since = newest.items[7]!.publishedAt
    const counted = await get(
      `/counts?entity=vladimir-putin&entity=kazakhstan&since=${encodeURIComponent(since)}`,
      CountsResponse,
    )
    const listed = async (query: string) =>
      (await get(`/articles?${query}&limit=1&since=${encodeURIComponent(since)}`, ArticleListResponse)).total
    expect(counted.since).toBe(since)
    expect(counted.total).toBe(await listed('entity=vladimir-putin&entity=kazakhstan&match=any'))
    expect(counted.total).toBeGreaterThan(0)
    expect(counted.counts).toEqual([
      { entityId: 'vladimir-putin', count: await listed('entity=vladimir-putin') },
      { entityId: 'kazakhstan', count: await listed('entity=kazakhstan') },
    ])
  })

  it('counts an entity it does not know as 0: a follow can outlive an entity', async () => {
    const counted = await get('/counts?entity=nobody&since=2000-01-01T00:00:00Z', CountsResponse)
    expect(counted).toEqual({ since: '2000-01-01T00:00:00Z', total: 0, counts: [{ entityId: 'nobody', count: 0 }] })
  })

  it.each([
    ['/counts?since=2025-08-20T00:00:00Z', 'missing_entity', 'entity'],
    ['/counts?entity=belarus', 'missing_since', 'since'],
    ['/counts?entity=belarus&since=besok', 'invalid_date', "'besok'"],
    ['/counts?entity=belarus&since=2025-08-20T00:00:00Z&since=2025-08-21T00:00:00Z', 'repeated_parameter', "'since'"],
    [`/counts?${'entity=belarus&'.repeat(501)}since=2025-08-20T00:00:00Z`, 'too_many_entities', '500'],
  ])('%s → 400 %s', async (path, code, named) => {
    const body = await getError(path, 400)
    expect(body.error.code).toBe(code)
    expect(body.error.message).toContain(named)
  })
})

describe('GET /api/articles', () => {
  it('lists the newest first, with facets and a cursor', async () => {
    const page = await get('/articles?limit=5', ArticleListResponse)
    expect(page.items).toHaveLength(5)
    expect(page.total).toBeGreaterThanOrEqual(41)
    expect(page.nextCursor).not.toBeNull()
    const times = page.items.map((a) => Date.parse(a.publishedAt))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(page.facets.length).toBeGreaterThan(0)
    expect(page.facets[0]!.count).toBeLessThanOrEqual(page.total)
  })

  it('walks every page to the end without repeats', async () => {
    const seen: string[] = []
    let path = '/articles?limit=7'
    for (;;) {
      const page = await get(path, ArticleListResponse)
      seen.push(...page.items.map((a) => a.slug))
      if (page.nextCursor === null) {
        expect(seen).toHaveLength(page.total)
        break
      }
      path = `/articles?limit=7&cursor=${encodeURIComponent(page.nextCursor)}`
    }
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('filters by entities, all or any, and by q', async () => {
    const both = await get('/articles?entity=vladimir-putin&entity=xi-jinping', ArticleListResponse)
    expect(both.total).toBeGreaterThan(0)
    for (const item of both.items) {
      const ids = item.entities.map((e) => e.id)
      expect(ids).toContain('vladimir-putin')
      expect(ids).toContain('xi-jinping')
    }
    const either = await get('/articles?entity=vladimir-putin&entity=xi-jinping&match=any', ArticleListResponse)
    expect(either.total).toBeGreaterThanOrEqual(both.total)
    const seed = await get('/articles?q=Mirziyoyev&limit=50', ArticleListResponse)
    expect(seed.items.map((a) => a.slug)).toContain(SEED)
    const belarus = await get('/articles?entity=belarus&limit=50', ArticleListResponse)
    expect(belarus.items.map((a) => a.slug)).toContain(SEED)
  })

  it('narrows to WIB days with from and to, inclusive, and keeps cursors to their range', async () => {
    const day = await get('/articles?from=2025-08-09&to=2025-08-09&limit=50', ArticleListResponse)
    expect(day.items.map((a) => a.slug)).toContain(SEED)
    for (const item of day.items) {
      expect(new Date(Date.parse(item.publishedAt) + 7 * 3_600_000).toISOString().slice(0, 10)).toBe('2025-08-09')
    }
    const { timeline = [] } = await get('/entities/vladimir-putin', EntityResponse)
    const putinOn9 = await get('/articles?entity=vladimir-putin&from=2025-08-09&to=2025-08-09', ArticleListResponse)
    expect(putinOn9.total).toBe(timeline.find((d) => d.date === '2025-08-09')?.count)
    const open = await get('/articles?from=2025-08-30&limit=50', ArticleListResponse)
    expect(open.items.every((a) => a.publishedAt >= '2025-08-29T17:00:00Z')).toBe(true)
    const page = await get('/articles?from=2025-08-01&to=2025-08-10&limit=3', ArticleListResponse)
    const cursor = encodeURIComponent(page.nextCursor!)
    await get(`/articles?from=2025-08-01&to=2025-08-10&limit=3&cursor=${cursor}`, ArticleListResponse)
    const body = await getError(`/articles?from=2025-08-01&limit=3&cursor=${cursor}`, 400)
    expect(body.error.code).toBe('foreign_cursor')
  })

  it('keeps only articles published after since, and keeps cursors to it', async () => {
    const newest = await get('/articles?entity=vladimir-putin&limit=5', ArticleListResponse)
    const since = newest.items[2]!.publishedAt
    const after = await get(
      `/articles?entity=vladimir-putin&limit=50&since=${encodeURIComponent(since)}`,
      ArticleListResponse,
    )
    expect(after.items.length).toBeGreaterThan(0)
    expect(after.items.every((item) => Date.parse(item.publishedAt) > Date.parse(since))).toBe(true)
    expect(after.total).toBe(after.items.length)
    expect(after.items.map((item) => item.slug)).toEqual(
      newest.items.filter((item) => Date.parse(item.publishedAt) > Date.parse(since)).map((item) => item.slug),
    )
    const all = await get('/articles?limit=1', ArticleListResponse)
    const sinceOld = await get('/articles?limit=1&since=2000-01-01T00:00:00%2B07:00', ArticleListResponse)
    expect(sinceOld.total).toBe(all.total)
    const body = await getError(
      `/articles?limit=1&since=2000-01-01T00:00:00Z&cursor=${encodeURIComponent(all.nextCursor!)}`,
      400,
    )
    expect(body.error.code).toBe('foreign_cursor')
  })

  it('counts the results of every page per WIB day with histogram=day, feed and search alike', async () => {
    const all = await get('/articles?limit=1&histogram=day', ArticleHistogramResponse)
    const histogram = all.histogram ?? []
    expect(histogram.reduce((n, d) => n + d.count, 0)).toBe(all.total)
    expect(histogram[0]!.count).toBeGreaterThan(0)
    expect(histogram.at(-1)!.count).toBeGreaterThan(0)
    for (let i = 1; i < histogram.length; i++) {
      expect(Date.parse(histogram[i]!.date) - Date.parse(histogram[i - 1]!.date)).toBe(86_400_000)
    }
    const day = await get('/articles?from=2025-08-09&to=2025-08-09&limit=50', ArticleHistogramResponse)
    expect(histogram.find((d) => d.date === '2025-08-09')!.count).toBe(day.total)
    const putin = await get('/articles?entity=vladimir-putin&from=2025-08-01&histogram=day', ArticleHistogramResponse)
    expect(putin.histogram![0]!.date >= '2025-08-01').toBe(true)
    expect(putin.histogram!.reduce((n, d) => n + d.count, 0)).toBe(putin.total)
    const searched = await get('/articles?q=tarif&histogram=day', ArticleHistogramResponse)
    expect(searched.histogram!.reduce((n, d) => n + d.count, 0)).toBe(searched.total)
    expect((await get('/articles?limit=1', ArticleHistogramResponse)).histogram).toBe(undefined)
    const none = await get('/articles?q=zzzzqqq&histogram=day', ArticleHistogramResponse)
    expect(none.histogram).toEqual([])
  })

  it.each([
    ['/articles?since=kemarin', 'invalid_date', "'kemarin'"],
    ['/articles?since=2025-08-20', 'invalid_date', 'ISO 8601'],
    ['/articles?since=2025-08-20T10:00:00', 'invalid_date', 'with an offset'],
    ['/articles?since=2025-02-30T10:00:00Z', 'invalid_date', "'2025-02-30T10:00:00Z'"],
    ['/articles?from=2025-8-1', 'invalid_date', "'2025-8-1'"],
    ['/articles?to=2025-02-30', 'invalid_date', "'2025-02-30'"],
    ['/articles?from=kemarin', 'invalid_date', 'YYYY-MM-DD'],
    ['/articles?from=2025-08-12&to=2025-08-11', 'invalid_range', 'must not be after'],
    ['/articles?limit=abc', 'invalid_limit', "got 'abc'"],
    ['/articles?limit=0', 'invalid_limit', 'from 1 to 50'],
    ['/articles?limit=51', 'invalid_limit', 'from 1 to 50'],
    ['/articles?cursor=%%%', 'invalid_cursor', 'cursor'],
    ['/articles?cursor=abc', 'invalid_cursor', 'cursor'],
    ['/articles?entity=nobody', 'unknown_entity', "'nobody'"],
    ['/articles?match=some', 'invalid_match', "'some'"],
    [`/articles?q=${'a'.repeat(201)}`, 'query_too_long', '200'],
    ['/articles?histogram=week', 'invalid_histogram', "'week'"],
  ])('%s → 400 %s', async (path, code, named) => {
    const body = await getError(path, 400)
    expect(body.error.code).toBe(code)
    expect(body.error.message).toContain(named)
  })

  it.each([
    ['/articles?limit=5&limit=abc', 'limit'],
    ['/articles?limit=abc&limit=5', 'limit'],
    ['/articles?match=any&match=bogus&entity=belarus&entity=india', 'match'],
    ['/articles?cursor=a&cursor=b', 'cursor'],
    ['/articles?q=putin&q=xi', 'q'],
    ['/articles?page=1&page=2', 'page'],
    ['/entities?type=person&type=country', 'type'],
  ])('%s → 400 repeated_parameter naming %s', async (path, name) => {
    const body = await getError(path, 400)
    expect(body.error.code).toBe('repeated_parameter')
    expect(body.error.message).toContain(`'${name}'`)
  })

  it('takes entity more than once', async () => {
    await get('/articles?entity=belarus&entity=india&match=any', ArticleListResponse)
  })

  it('refuses a cursor from another query', async () => {
    const page = await get('/articles?entity=donald-trump&limit=2', ArticleListResponse)
    const cursor = encodeURIComponent(page.nextCursor!)
    await get(`/articles?entity=donald-trump&limit=2&cursor=${cursor}`, ArticleListResponse)
    const body = await getError(`/articles?entity=vladimir-putin&limit=2&cursor=${cursor}`, 400)
    expect(body.error.code).toBe('foreign_cursor')
  })
})

describe('GET /api/articles?q= (search)', () => {
  it('ranks by relevance with a snippet whose highlights mark the matched words', async () => {
    const page = await get('/articles?q=telepon&limit=50', ArticleListResponse)
    expect(page.total).toBeGreaterThan(1)
    expect(page.items.map((a) => a.slug)).toContain(SEED)
    for (const item of page.items) {
      expect(item.match).toBeDefined()
      const { snippet, highlights } = item.match!
      expect(highlights.length).toBeGreaterThan(0)
      for (const { start, end } of highlights) expect(snippet.slice(start, end).toLowerCase()).toMatch(/elepon/)
    }
    expect(page.suggestion).toBeUndefined()
  })

  it('sort=newest orders the same matches by date; unknown sort is a 400', async () => {
    const relevance = await get('/articles?q=tarif&limit=50', ArticleListResponse)
    const newest = await get('/articles?q=tarif&sort=newest&limit=50', ArticleListResponse)
    expect(newest.total).toBe(relevance.total)
    expect(new Set(newest.items.map((a) => a.slug))).toEqual(new Set(relevance.items.map((a) => a.slug)))
    const times = newest.items.map((a) => Date.parse(a.publishedAt))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    const body = await getError('/articles?q=tarif&sort=oldest', 400)
    expect(body.error.code).toBe('invalid_sort')
    expect(body.error.message).toContain("'oldest'")
    expect((await getError('/articles?sort=oldest', 400)).error.code).toBe('invalid_sort')
  })

  it('proposes a spelling when a misspelt name finds little', async () => {
    const page = await get('/articles?q=Zelenski', ArticleListResponse)
    expect(page.suggestion).toBe('Zelensky')
    expect(page.total).toBeGreaterThan(0)
  })

  it('composes with the entity filter, and its facets count the matches', async () => {
    const all = await get('/articles?q=tarif&limit=50', ArticleListResponse)
    const india = await get('/articles?q=tarif&entity=india&limit=50', ArticleListResponse)
    expect(india.total).toBeGreaterThan(0)
    expect(india.total).toBeLessThanOrEqual(all.total)
    for (const item of india.items) expect(item.entities.map((e) => e.id)).toContain('india')
    expect(all.facets.find((f) => f.entityId === 'india')?.count).toBe(india.total)
  })

  it.each(['relevance', 'newest'])(
    'walks every %s page without repeats, and refuses a cursor of another query or edited',
    async (sort) => {
      const seen: string[] = []
      let path = `/articles?q=putin&sort=${sort}&limit=4`
      let firstCursor = ''
      for (;;) {
        const page = await get(path, ArticleListResponse)
        seen.push(...page.items.map((a) => a.slug))
        if (page.nextCursor === null) {
          expect(seen).toHaveLength(page.total)
          break
        }
        firstCursor ||= page.nextCursor
        path = `/articles?q=putin&sort=${sort}&limit=4&cursor=${encodeURIComponent(page.nextCursor)}`
      }
      expect(new Set(seen).size).toBe(seen.length)
      const other = sort === 'relevance' ? 'newest' : 'relevance'
      const foreign = await getError(`/articles?q=putin&sort=${other}&limit=4&cursor=${firstCursor}`, 400)
      expect(foreign.error.code).toBe('foreign_cursor')
      const payload = JSON.parse(Buffer.from(firstCursor, 'base64url').toString('utf8')) as { p: string[] }
      payload.p[1] = 'zzz'
      const edited = Buffer.from(JSON.stringify(payload)).toString('base64url')
      const body = await getError(`/articles?q=putin&sort=${sort}&limit=4&cursor=${edited}`, 400)
      expect(body.error.code).toBe('invalid_cursor')
    },
  )

  it('counts q in code points: 101 emoji are fine, 201 characters are not', async () => {
    const emoji = encodeURIComponent('🇮🇩'.repeat(50) + '😀')
    const tooLong = await getError(`/articles?q=${encodeURIComponent('é'.repeat(201))}`, 400)
    expect(tooLong.error.code).toBe('query_too_long')
    // Emoji are no searchable word: the 400 says so, not that q is too long.
    expect((await getError(`/articles?q=${emoji}`, 400)).error.code).toBe('no_search_words')
    await get(`/articles?q=${encodeURIComponent(`tarif ${'😀'.repeat(100)}`)}`, ArticleListResponse)
  })

  it.each([
    ['/articles?q=yang%20dan%20di', 'no_search_words', "'yang dan di'"],
    ['/articles?q=%20%21%3F', 'no_search_words', 'no word'],
    ['/articles?q=tarif&q=putin', 'repeated_parameter', 'q'],
    ['/articles?sort=newest&sort=relevance', 'repeated_parameter', 'sort'],
    ['/articles?limit=5&limit=abc', 'repeated_parameter', 'limit'],
  ])('%s → 400 %s', async (path, code, named) => {
    const body = await getError(path, 400)
    expect(body.error.code).toBe(code)
    expect(body.error.message).toContain(named)
  })
})

describe('GET /api/suggest', () => {
  it('suggests leaders and countries by name or alias, and article titles', async () => {
    const xi = await get('/suggest?q=xi', SuggestResponse)
    expect(xi.entities.map((e) => e.id)).toContain('xi-jinping')
    expect(xi.articles.length).toBeGreaterThan(0)
    const amerika = await get('/suggest?q=amerika', SuggestResponse)
    expect(amerika.entities.map((e) => e.id)).toEqual(['amerika-serikat'])
    const tarif = await get('/suggest?q=tarif&limit=2', SuggestResponse)
    expect(tarif.articles).toHaveLength(2)
    for (const article of tarif.articles) expect(article.title.toLowerCase()).toContain('tarif')
  })

  it.each([
    ['/suggest', 'missing_query'],
    ['/suggest?q=%20', 'missing_query'],
    [`/suggest?q=${'a'.repeat(201)}`, 'query_too_long'],
    ['/suggest?q=xi&limit=0', 'invalid_limit'],
    ['/suggest?q=xi&limit=11', 'invalid_limit'],
    ['/suggest?q=xi&q=modi', 'repeated_parameter'],
  ])('%s → 400 %s', async (path, code) => {
    expect((await getError(path, 400)).error.code).toBe(code)
  })
})

describe('GET /api/articles/:slug', () => {
  it('serves the seed with its photo, credits, attribution and read-also links', async () => {
    const { article } = await get(`/articles/${SEED}`, ArticleResponse)
    expect(article.hero.caption).toBe('Presiden Rusia Vladimir Putin (kiri); Presiden AS Donald Trump (kanan).')
    expect(article.hero.credits).toEqual(['Sputnik/Kristina Kormilitsyna', 'Getty Images/Rebecca Noble'])
    expect(article.attribution).toEqual({ origin: 'The Kyiv Independent', editor: 'B-3' })
    expect(article.publishedAt).toMatch(/^2025-08-09T/)
    const readAlso = article.body.flatMap((b) => (b.type === 'readAlso' ? [b] : []))
    expect(readAlso.map((b) => b.slug)).toEqual([
      'putin-minta-seluruh-wilayah-oblast-donetsk-sebagai-syarat-akhiri-perang-ukraina',
      'trump-klaim-ada-kemajuan-besar-dalam-pembicaraan-damai-ukraina-rusia',
    ])
    expect(article.related.map((r) => r.slug)).toEqual(readAlso.map((b) => b.slug))
    const paragraph = article.body.find((b) => b.type === 'paragraph')
    expect(paragraph?.type === 'paragraph' && paragraph.mentions.length).toBeGreaterThan(0)
  })

  it('every read-also title equals its target article’s title', async () => {
    const slugs: string[] = []
    for (let cursor: string | null = ''; cursor !== null;) {
      const page: ArticleListBody = await get(
        `/articles?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        ArticleListResponse,
      )
      slugs.push(...page.items.map((a) => a.slug))
      cursor = page.nextCursor
    }
    for (const slug of slugs) {
      const { article } = await get(`/articles/${slug}`, ArticleResponse)
      for (const block of article.body) {
        if (block.type !== 'readAlso') continue
        const target = await get(`/articles/${block.slug}`, ArticleResponse)
        expect(block.title).toBe(target.article.title)
      }
      for (const block of article.body) {
        if (block.type !== 'paragraph') continue
        for (const m of block.mentions) expect(m.end).toBeLessThanOrEqual(block.text.length)
      }
    }
  })

  it.each(['/articles/no-such-article', '/articles/%E0%A4%A', '/articles/..%2F..%2Fetc'])(
    '%s → 404 not_found',
    async (path) => {
      const body = await getError(path, 404)
      expect(body.error.code).toBe('not_found')
    },
  )
})

describe('GET /api/entities', () => {
  it('lists people and countries with article counts', async () => {
    const all = await get('/entities', EntityListResponse)
    const people = await get('/entities?type=person', EntityListResponse)
    const countries = await get('/entities?type=country', EntityListResponse)
    expect(people.items.every((e) => e.type === 'person')).toBe(true)
    expect(countries.items.every((e) => e.type === 'country')).toBe(true)
    expect(people.items.length + countries.items.length).toBe(all.items.length)
    const putin = all.items.find((e) => e.id === 'vladimir-putin')!
    const filtered = await get('/articles?entity=vladimir-putin&limit=1', ArticleListResponse)
    expect(putin.articleCount).toBe(filtered.total)
  })

  it('rejects an unknown type', async () => {
    const body = await getError('/entities?type=city', 400)
    expect(body.error.message).toContain("'city'")
  })

  it('serves one entity with its co-mentions', async () => {
    const { entity, coMentions } = await get('/entities/xi-jinping', EntityResponse)
    expect(entity.name).toBe('Xi Jinping')
    expect(coMentions.map((c) => c.entity.id)).not.toContain('xi-jinping')
    const counts = coMentions.map((c) => c.count)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })

  it('serves an entity’s articles per WIB day, every day from the first to the last', async () => {
    const { entity, timeline = [] } = await get('/entities/vladimir-putin', EntityResponse)
    expect(timeline.length).toBeGreaterThan(20)
    expect(timeline.reduce((n, d) => n + d.count, 0)).toBe(entity.articleCount)
    expect(timeline[0]!.count).toBeGreaterThan(0)
    expect(timeline.at(-1)!.count).toBeGreaterThan(0)
    for (let i = 1; i < timeline.length; i++) {
      expect(Date.parse(timeline[i]!.date) - Date.parse(timeline[i - 1]!.date)).toBe(86_400_000)
    }
    // The seed, 2025-08-09T08:30+07:00, counts on the 9th.
    expect(timeline.find((d) => d.date === '2025-08-09')!.count).toBeGreaterThan(0)
  })

  it('unknown entity → 404', async () => {
    expect((await getError('/entities/nobody', 404)).error.code).toBe('not_found')
  })
})

describe('GET /api/stories/:id', () => {
  it('serves the seed’s story, oldest first, as the article and its summaries name it', async () => {
    const { article } = await get(`/articles/${SEED}`, ArticleResponse)
    expect(article.story).toBeDefined()
    const { id, title, size, items = [] } = article.story!
    expect(article.storyId).toBe(id)
    expect(items).toHaveLength(size)
    expect(items.map((item) => item.slug)).toContain(SEED)
    const { story } = await get(`/stories/${id}`, StoryResponse)
    expect(story).toMatchObject({ id, title })
    expect(story.articles.map((a) => a.slug)).toEqual(items.map((item) => item.slug))
    const times = story.articles.map((a) => Date.parse(a.publishedAt))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    for (const summary of story.articles) expect(summary.story).toEqual({ id, title, size })
    const list = await get('/articles?q=Mirziyoyev&limit=50', ArticleListResponse)
    expect(list.items.find((a) => a.slug === SEED)?.storyId).toBe(id)
  })

  it.each(['/stories/no-such-story', '/stories/%E0%A4%A'])('%s → 404 not_found', async (path) => {
    expect((await getError(path, 404)).error.code).toBe('not_found')
  })
})

describe('unknown API paths', () => {
  it.each(['/nothing', '/articles/a/b', '/entities/x/y', '/stories', '/stories/x/y', '', '/'])(
    '/api%s → 404 JSON',
    async (path) => {
      expect((await getError(path, 404)).error.code).toBe('not_found')
    },
  )

  it('other methods → 405', async () => {
    const response = await fetch(`${API}/articles`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(405)
    ApiErrorBody.parse(await response.json())
  })
})
