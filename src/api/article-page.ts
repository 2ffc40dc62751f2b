// One page of an article list, asked for in one place: the client makes this
// request, and the host preloads the feed's first page with the very same URL.
import type { MatchMode } from './schemas'

const PAGE_SIZE = 20

export function articlePageQuery(
  filter: { entities: readonly string[]; match: MatchMode },
  cursor: string | null,
): URLSearchParams {
  const params = new URLSearchParams()
  for (const id of filter.entities) params.append('entity', id)
  if (filter.entities.length > 1) params.set('match', filter.match)
  if (cursor) params.set('cursor', cursor)
  params.set('limit', String(PAGE_SIZE))
  return params
}
