// TEMPORARY until the search contract lands (branch `search`): replaced by its query factory.
import { infiniteQueryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { PAGE_SIZE } from '../../api/articles'
import { apiUrl, getJson } from '../../api/client'
import { ArticleListResponse, ArticleSummary } from '../../api/schemas'
import type { SearchState } from '../../lib/search-params'

const Response = z.extend(ArticleListResponse, {
  items: z.array(
    z.extend(ArticleSummary, {
      match: z.optional(
        z.object({
          field: z.string(),
          snippet: z.string(),
          highlights: z.array(z.object({ start: z.number(), end: z.number() })),
        }),
      ),
    }),
  ),
  suggestion: z.optional(z.string()),
})

export const searchResultsQuery = (state: SearchState) =>
  infiniteQueryOptions({
    queryKey: ['articles', 'search', state],
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ q: state.q, sort: state.sort })
      for (const id of state.filter.entities) params.append('entity', id)
      if (state.filter.entities.length > 1) params.set('match', state.filter.match)
      if (pageParam) params.set('cursor', pageParam)
      params.set('limit', String(PAGE_SIZE))
      return getJson(apiUrl('/articles', params), Response, signal)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  })
