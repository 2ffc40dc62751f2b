// The mock API (DESIGN.md's contract) as MSW handlers, served in tests, in
// Vite dev/preview and by `npm run api`. Paths have a wildcard origin so they
// match in Node and in the browser alike.
import { http, HttpResponse, type JsonBodyType } from 'msw'
import type {
  ArticleListResponse,
  ArticleResponse,
  EntityListResponse,
  EntityResponse,
  StoryResponse,
} from '../src/api/schemas'
import { getCorpus } from './corpus.ts'
import { quote } from './query-engine.ts'

const NO_STORE = { 'Cache-Control': 'no-store' }

function ok<T extends JsonBodyType>(body: T) {
  return HttpResponse.json(body, { status: 200, headers: NO_STORE })
}

function problem(status: 400 | 404 | 405, code: string, message: string, headers: Record<string, string> = {}) {
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

const noEndpoint = ({ request }: { request: Request }) =>
  problem(404, 'not_found', `No API endpoint at ${quote(new URL(request.url).pathname, 80)}.`)

const methodNotAllowed = () =>
  problem(405, 'method_not_allowed', 'Only GET is supported by this mock API.', { Allow: 'GET' })

export const handlers = [
  http.get('*/api/articles', ({ request }) => {
    const params = new URL(request.url).searchParams
    const result = getCorpus().engine.query({
      entities: params.getAll('entity'),
      match: single(params, 'match'),
      q: single(params, 'q'),
      cursor: single(params, 'cursor'),
      limit: single(params, 'limit'),
      from: single(params, 'from'),
      to: single(params, 'to'),
    })
    if (!result.ok) return problem(400, result.error.code, result.error.message)
    const { items, nextCursor, total, facets } = result.value
    return ok<ArticleListResponse>({ items: items.map((a) => a.summary), nextCursor, total, facets })
  }),

  // RegExp paths without groups: the slug is decoded by lastSegment, safely.
  http.get(/\/api\/articles\/[^/]+$/, ({ request }) => {
    const slug = lastSegment(request)
    const entry = slug === null ? undefined : getCorpus().articleBySlug.get(slug)
    if (!entry) return problem(404, 'not_found', `No article with slug ${quote(slug ?? '(malformed)')}.`)
    return ok<ArticleResponse>({ article: entry.article })
  }),

  http.get('*/api/entities', ({ request }) => {
    const type = new URL(request.url).searchParams.get('type')
    if (type !== null && type !== 'person' && type !== 'country') {
      return problem(400, 'invalid_type', `type must be 'person' or 'country'; got ${quote(type)}`)
    }
    const { entities } = getCorpus()
    return ok<EntityListResponse>({ items: type === null ? entities : entities.filter((e) => e.type === type) })
  }),

  http.get(/\/api\/entities\/[^/]+$/, ({ request }) => {
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

  http.all('*/api/articles', methodNotAllowed),
  http.all(/\/api\/articles\/[^/]+$/, methodNotAllowed),
  http.all('*/api/entities', methodNotAllowed),
  http.all(/\/api\/entities\/[^/]+$/, methodNotAllowed),
  http.all(/\/api\/stories\/[^/]+$/, methodNotAllowed),

  http.all('*/api', noEndpoint),
  http.all('*/api/*', noEndpoint),
]
