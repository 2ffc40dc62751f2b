// A list's articles per WIB day (`histogram=day`), asked for apart from its pages: only the lazily loaded
// date range panel imports this, so the feed's first visit carries none of it.
import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { articlePageQuery, type ArticleListFilter } from './article-page'
import { apiUrl, getJson } from './client'
import { ArticleListResponse, DayCount } from './schemas'

/** A list's page with histogram=day: the matching articles (all pages) per WIB day, first to last, zeros included. */
export const ArticleHistogramResponse = z.extend(ArticleListResponse, { histogram: z.optional(z.array(DayCount)) })
export type ArticleHistogramResponse = z.infer<typeof ArticleHistogramResponse>

export const histogramQuery = (filter: ArticleListFilter) => {
  // The counts are the same in either order: one query, and one request, for both (a sort asked again).
  const counted: ArticleListFilter = { ...filter, sort: undefined }
  return queryOptions({
    queryKey: ['articles', 'histogram', counted],
    queryFn: async ({ signal }) => {
      const params = articlePageQuery(counted, null)
      // One item is the least a page may hold; the histogram counts every page.
      params.set('limit', '1')
      params.set('histogram', 'day')
      const page = await getJson(apiUrl('/articles', params), ArticleHistogramResponse, signal)
      return { histogram: page.histogram ?? [], total: page.total }
    },
    staleTime: 5 * 60_000,
  })
}
