import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiUrl, getJson } from './client'
import { ArticleListResponse, ArticleResponse, ArticleSummary, type MatchMode } from './schemas'

/** What the feed asks the API for: ids as the API gives them. */
export type FeedFilter = {
  entities: string[]
  match: MatchMode
  /** First and last WIB day (YYYY-MM-DD), inclusive; either may be open. */
  from?: string | undefined
  to?: string | undefined
}

export const PAGE_SIZE = 20

// A list tolerates a bad item: it is dropped with one warning, the rest shown.
const LenientList = z.extend(ArticleListResponse, { items: z.array(z.unknown()) })

async function fetchArticlePage(filter: FeedFilter, cursor: string | null, signal: AbortSignal) {
  const params = new URLSearchParams()
  for (const id of filter.entities) params.append('entity', id)
  if (filter.entities.length > 1) params.set('match', filter.match)
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  if (cursor) params.set('cursor', cursor)
  params.set('limit', String(PAGE_SIZE))
  const page = await getJson(apiUrl('/articles', params), LenientList, signal)
  const items: ArticleSummary[] = []
  let dropped = 0
  for (const item of page.items) {
    const parsed = ArticleSummary.safeParse(item)
    if (parsed.success) items.push(parsed.data)
    else dropped += 1
  }
  if (dropped > 0) console.warn(`[warta] dropped ${dropped} article(s) that did not match the contract`)
  return { ...page, items }
}

export const articleQueries = {
  all: () => ['articles'] as const,
  lists: () => [...articleQueries.all(), 'list'] as const,
  list: (filter: FeedFilter) =>
    infiniteQueryOptions({
      queryKey: [...articleQueries.lists(), filter],
      queryFn: ({ pageParam, signal }) => fetchArticlePage(filter, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  /** Just the first page, for side lists such as related articles. */
  firstPage: (filter: FeedFilter) =>
    queryOptions({
      queryKey: [...articleQueries.lists(), filter, 'first'],
      queryFn: ({ signal }) => fetchArticlePage(filter, null, signal),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'detail', slug],
      queryFn: ({ signal }) =>
        getJson(apiUrl(`/articles/${encodeURIComponent(slug)}`), ArticleResponse, signal).then((body) => body.article),
      staleTime: 5 * 60_000,
    }),
}
