// One page of an article list, asked for in one place: the client makes this
// request, and the host preloads the feed's first page with the very same URL.
import type { ArticleSort, MatchMode } from './schemas'

const PAGE_SIZE = 20

/** A list the API is asked for: leaders and countries (ids as the API gives them), and for a search the text and the order. */
export type ArticleListFilter = {
  entities: readonly string[]
  match: MatchMode
  q?: string
  sort?: ArticleSort
  /** First and last WIB day (YYYY-MM-DD), inclusive; either may be open. */
  from?: string | undefined
  to?: string | undefined
  /** Only articles published strictly after this instant (ISO 8601). */
  since?: string | undefined
}

export function articlePageQuery(filter: ArticleListFilter, cursor: string | null): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.q !== undefined) params.set('q', filter.q)
  if (filter.sort !== undefined) params.set('sort', filter.sort)
  for (const id of filter.entities) params.append('entity', id)
  if (filter.entities.length > 1) params.set('match', filter.match)
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  if (filter.since) params.set('since', filter.since)
  if (cursor) params.set('cursor', cursor)
  params.set('limit', String(PAGE_SIZE))
  return params
}
