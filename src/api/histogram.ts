// A list's articles per WIB day (`histogram=day`), asked for apart from its pages: only the lazily loaded
// date range panel imports this, so the feed's first visit carries none of it.
import { queryOptions } from '@tanstack/react-query'
import { articlePageQuery, type ArticleListFilter } from './article-page'
import { apiUrl, getJson } from './client'
import { ArticleListResponse } from './schemas'

export const histogramQuery = (filter: ArticleListFilter) =>
  queryOptions({
    queryKey: ['articles', 'histogram', filter],
    queryFn: async ({ signal }) => {
      const params = articlePageQuery(filter, null)
      // One item is the least a page may hold; the histogram counts every page.
      params.set('limit', '1')
      params.set('histogram', 'day')
      const page = await getJson(apiUrl('/articles', params), ArticleListResponse, signal)
      return { histogram: page.histogram ?? [], total: page.total }
    },
    staleTime: 5 * 60_000,
  })
