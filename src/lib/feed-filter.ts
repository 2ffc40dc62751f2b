// The feed's filter lives in the URL (`/?entity=a&entity=b&match=any`). This
// one schema parses it for the route loader and the components alike.
import * as z from 'zod/mini'
import type { FeedFilter } from '../api/articles'
import { MatchMode } from '../api/schemas'

const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const FilterParams = z.object({
  entities: z.pipe(
    z.array(z.string()),
    z.transform((ids: string[]) => [...new Set(ids.filter((id) => ENTITY_ID.test(id)))].slice(0, 20)),
  ),
  match: z.catch(MatchMode, 'all'),
})

export function parseFeedFilter(search: URLSearchParams): FeedFilter {
  return FilterParams.parse({ entities: search.getAll('entity'), match: search.get('match') ?? 'all' })
}

export function feedFilterSearch(filter: FeedFilter): string {
  const params = new URLSearchParams()
  for (const id of filter.entities) params.append('entity', id)
  if (filter.match !== 'all' && filter.entities.length > 0) params.set('match', filter.match)
  const search = params.toString()
  return search ? `?${search}` : ''
}

export function feedFilterHref(filter: FeedFilter): string {
  return `/${feedFilterSearch(filter)}`
}
