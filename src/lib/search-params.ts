// The search page's state lives in the URL (`/search?q=tarif&entity=…&match=any&sort=newest&from=…&to=…`).
// This one schema parses it for the route loader and the components alike, and
// searchHref is the only way the app writes it back.
import * as z from 'zod/mini'
import type { ArticleListFilter, FeedFilter } from '../api/articles'
import { ArticleSort } from '../api/schemas'
import { parseFeedFilter } from './feed-filter'

/** Below this many characters no suggestion is asked for. */
export const MIN_SUGGEST_LENGTH = 2

export type SearchState = { q: string; filter: FeedFilter; sort: ArticleSort }

const SortParam = z.catch(ArticleSort, 'relevance')

/**
 * q is kept as typed (only trimmed): one longer than the API allows is still
 * sent, so the reader sees the API's hint instead of a silently cut query.
 */
export function parseSearchState(search: URLSearchParams): SearchState {
  return {
    q: (search.get('q') ?? '').trim(),
    filter: parseFeedFilter(search),
    sort: SortParam.parse(search.get('sort') ?? 'relevance'),
  }
}

/** Relevance is the default with a query, so only `sort=newest` is written. */
export function searchHref({ q, filter, sort }: SearchState): string {
  const params = new URLSearchParams({ q })
  for (const id of filter.entities) params.append('entity', id)
  if (filter.match !== 'all' && filter.entities.length > 1) params.set('match', filter.match)
  if (sort !== 'relevance') params.set('sort', sort)
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  return `/search?${params.toString()}`
}

/** What the API is asked for: the filter, the text and the order. */
export function searchListFilter({ q, filter, sort }: SearchState): ArticleListFilter {
  return { ...filter, q, sort }
}

/** A new search for typed text: no filter, ranked by relevance. */
export function searchHrefFor(q: string): string {
  return searchHref({ q: q.trim(), filter: { entities: [], match: 'all' }, sort: 'relevance' })
}
