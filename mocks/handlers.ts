// The mock API (the contract in README.md and src/api/schemas.ts) as MSW handlers, served in tests, in
// Vite dev/preview and by `npm run api`. Routes match the path alone, so they
// match in Node and in the browser alike, whatever the origin.
import { http, HttpResponse, type JsonBodyType } from 'msw'
import {
  MAX_COUNT_ENTITIES,
  type ArticleResponse,
  type CountsResponse,
  type EntityListResponse,
  type EntityResponse,
  type StoryResponse,
  type SuggestResponse,
} from '../src/api/schemas.ts'
import type { ArticleHistogramResponse } from '../src/api/histogram.ts'
import { codePointLength } from '../src/lib/search-text/tokenize.ts'
import { getCorpus } from './corpus.ts'
import { MAX_Q_LENGTH, quote } from './query-engine.ts'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** What every endpoint answers to; anything else is a 405 naming these. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'

function ok<T extends JsonBodyType>(body: T) {
  return HttpResponse.json(body, { status: 200, headers: NO_STORE })
}

export function problem(
  status: 400 | 404 | 405 | 500,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  return HttpResponse.json({ error: { code, message } }, { status, headers: { ...NO_STORE, ...headers } })
}

/** Path segments are percent-decoded here, not by the router, so a malformed escape is a 404, not a crash. */
function lastSegment(request: Request): string | null {
  const raw = new URL(request.url).pathname.split('/').pop() ?? ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

function single(params: URLSearchParams, name: string): string | undefined {
  return params.get(name) ?? undefined
}

/**
 * The whole path must match, case and all: `/API/articles`, `//api/articles`
 * and `/x/api/articles` are no endpoint. Nothing is decoded while matching.
 */
const onPath =
  (pattern: RegExp) =>
  ({ request }: { request: Request }) =>
    pattern.test(new URL(request.url).pathname)

type Resolver = (args: { request: Request; params: URLSearchParams }) => Response

/**
 * One endpoint: GET, and HEAD alike (the HTTP transport sends no body); the
 * CORS preflight; a 405 for any other method. Every query parameter is
 * single-valued unless named in `repeatable`: a repeat is a 400 naming it, so
 * `limit=5&limit=abc` and `limit=abc&limit=5` get the same answer.
 */
function endpoint(pattern: RegExp, resolve: Resolver, { repeatable = [] }: { repeatable?: string[] } = {}) {
  const matches = onPath(pattern)
  const answer = ({ request }: { request: Request }) => {
    const params = new URL(request.url).searchParams
    const repeated = [...new Set(params.keys())].find(
      (name) => !repeatable.includes(name) && params.getAll(name).length > 1,
    )
    if (repeated !== undefined) {
      return problem(400, 'repeated_parameter', `Parameter ${quote(repeated)} may be given only once.`)
    }
    return resolve({ request, params })
  }
  return [
    http.get(matches, answer),
    http.head(matches, answer),
    http.options(matches, corsPreflight),
    http.all(matches, methodNotAllowed),
  ]
}

// An app on another origin sends `Accept` (client.ts); a day's Max-Age spares it a preflight per request.
const corsPreflight = () =>
  new HttpResponse(null, {
    status: 204,
    headers: {
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': 'GET, HEAD',
      'Access-Control-Allow-Headers': 'Accept',
      'Access-Control-Max-Age': '86400',
    },
  })

const methodNotAllowed = ({ request }: { request: Request }) =>
  problem(405, 'method_not_allowed', `${quote(request.method, 20)} is not supported; use GET or HEAD.`, {
    Allow: ALLOWED_METHODS,
  })

const SUGGEST_DEFAULT = 5
const SUGGEST_MAX = 10

const noEndpoint = ({ request }: { request: Request }) =>
  problem(404, 'not_found', `No API endpoint at ${quote(new URL(request.url).pathname, 80)}.`)

export const handlers = [
  ...endpoint(
    /^\/api\/articles$/,
    ({ params }) => {
      const q = single(params, 'q')
      const sort = single(params, 'sort')
      const histogram = single(params, 'histogram')
      if (histogram !== undefined && histogram !== 'day') {
        return problem(400, 'invalid_histogram', `histogram must be 'day'; got ${quote(histogram)}`)
      }
      const perDay = (bits: Uint32Array) => (histogram ? { histogram: getCorpus().engine.histogramOf(bits) } : {})
      if ((q !== undefined && q !== '') || sort === 'relevance') {
        const found = getCorpus().search.search({
          q: q ?? '',
          sort,
          entities: params.getAll('entity'),
          match: single(params, 'match'),
          cursor: single(params, 'cursor'),
          limit: single(params, 'limit'),
          from: single(params, 'from'),
          to: single(params, 'to'),
          since: single(params, 'since'),
        })
        if (!found.ok) return problem(400, found.error.code, found.error.message)
        const { items, nextCursor, total, facets, suggestion, bits } = found.value
        return ok<ArticleHistogramResponse>({
          items: items.map(({ article, match }) => (match ? { ...article.summary, match } : article.summary)),
          nextCursor,
          total,
          facets,
          ...(suggestion === undefined ? {} : { suggestion }),
          ...perDay(bits),
        })
      }
      if (sort !== undefined && sort !== 'newest') {
        return problem(400, 'invalid_sort', `sort must be 'relevance' or 'newest'; got ${quote(sort)}`)
      }
      const result = getCorpus().engine.query({
        entities: params.getAll('entity'),
        match: single(params, 'match'),
        q,
        cursor: single(params, 'cursor'),
        limit: single(params, 'limit'),
        from: single(params, 'from'),
        to: single(params, 'to'),
        since: single(params, 'since'),
      })
      if (!result.ok) return problem(400, result.error.code, result.error.message)
      const { items, nextCursor, total, facets, bits } = result.value
      return ok<ArticleHistogramResponse>({
        items: items.map((a) => a.summary),
        nextCursor,
        total,
        facets,
        ...perDay(bits),
      })
    },
    { repeatable: ['entity'] },
  ),

  ...endpoint(
    /^\/api\/counts$/,
    ({ params }) => {
      const entities = params.getAll('entity')
      const since = single(params, 'since')
      if (entities.length === 0) return problem(400, 'missing_entity', 'give at least one entity')
      if (entities.length > MAX_COUNT_ENTITIES) {
        return problem(
          400,
          'too_many_entities',
          `at most ${MAX_COUNT_ENTITIES} entities may be counted at once; got ${entities.length}`,
        )
      }
      if (since === undefined) return problem(400, 'missing_since', 'since must be given (ISO 8601 with an offset)')
      const counted = getCorpus().engine.countSince(entities, since)
      if (!counted.ok) return problem(400, counted.error.code, counted.error.message)
      return ok<CountsResponse>({ since, ...counted.value })
    },
    { repeatable: ['entity'] },
  ),

  ...endpoint(/^\/api\/articles\/[^/]+$/, ({ request }) => {
    const slug = lastSegment(request)
    const entry = slug === null ? undefined : getCorpus().articleBySlug.get(slug)
    if (!entry) return problem(404, 'not_found', `No article with slug ${quote(slug ?? '(malformed)')}.`)
    return ok<ArticleResponse>({ article: entry.article })
  }),

  ...endpoint(/^\/api\/suggest$/, ({ params }) => {
    const q = (single(params, 'q') ?? '').trim()
    if (q === '') return problem(400, 'missing_query', 'q must not be empty')
    const length = codePointLength(q)
    if (length > MAX_Q_LENGTH) {
      return problem(400, 'query_too_long', `q must be at most ${MAX_Q_LENGTH} characters; got ${length}`)
    }
    const rawLimit = single(params, 'limit')
    const limit = rawLimit === undefined ? SUGGEST_DEFAULT : /^\d{1,2}$/.test(rawLimit) ? Number(rawLimit) : Number.NaN
    if (!(limit >= 1 && limit <= SUGGEST_MAX)) {
      return problem(
        400,
        'invalid_limit',
        `limit must be an integer from 1 to ${SUGGEST_MAX}; got ${quote(rawLimit ?? '')}`,
      )
    }
    const { entities, articles } = getCorpus().search.suggest(q, limit)
    return ok<SuggestResponse>({ entities: entities.map(({ id, type, name }) => ({ id, type, name })), articles })
  }),

  ...endpoint(/^\/api\/entities$/, ({ params }) => {
    const type = single(params, 'type')
    if (type !== undefined && type !== 'person' && type !== 'country') {
      return problem(400, 'invalid_type', `type must be 'person' or 'country'; got ${quote(type)}`)
    }
    const { entities } = getCorpus()
    return ok<EntityListResponse>({ items: type === undefined ? entities : entities.filter((e) => e.type === type) })
  }),

  ...endpoint(/^\/api\/entities\/[^/]+$/, ({ request }) => {
    const id = lastSegment(request)
    const corpus = getCorpus()
    const entity = id === null ? undefined : corpus.entityById.get(id)
    if (!entity) return problem(404, 'not_found', `No entity with id ${quote(id ?? '(malformed)')}.`)
    const coMentions = corpus.engine.coMentions(entity.id).flatMap(({ entityId, count }) => {
      const other = corpus.entityById.get(entityId)
      return other ? [{ entity: other, count }] : []
    })
    return ok<EntityResponse>({ entity, coMentions, timeline: corpus.engine.timeline(entity.id) })
  }),

  http.get(/\/api\/stories\/[^/]+$/, ({ request }) => {
    const id = lastSegment(request)
    const corpus = getCorpus()
    const story = id === null ? undefined : corpus.stories.storyById.get(id)
    if (!story) return problem(404, 'not_found', `No story with id ${quote(id ?? '(malformed)')}.`)
    const articles = story.slugs.map((slug) => corpus.articleBySlug.get(slug)!.summary)
    return ok<StoryResponse>({ story: { id: story.id, title: story.title, articles } })
  }),

  ...endpoint(/^\/api\/stories\/[^/]+$/, ({ request }) => {
    const id = lastSegment(request)
    const corpus = getCorpus()
    const story = id === null ? undefined : corpus.stories.storyById.get(id)
    if (!story) return problem(404, 'not_found', `No story with id ${quote(id ?? '(malformed)')}.`)
    const articles = story.slugs.map((slug) => corpus.articleBySlug.get(slug)!.summary)
    return ok<StoryResponse>({ story: { id: story.id, title: story.title, articles } })
  }),

  http.all(onPath(/^\/api(?:\/|$)/), noEndpoint),
]
