import { queryOptions } from '@tanstack/react-query'
import { apiUrl, getJson } from './client'
import { SuggestResponse } from './schemas'

/** The API's limits on what a search may send (the 400s of GET /api/articles and /api/suggest). */
export const MAX_QUERY_CODE_POINTS = 200
const SUGGEST_LIMIT = 5

export const searchQueries = {
  all: () => ['search'] as const,
  /** Suggestions while typing; the caller sends nothing under 2 characters. */
  suggest: (q: string, limit = SUGGEST_LIMIT) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'suggest', q, limit],
      queryFn: ({ signal }) =>
        getJson(apiUrl('/suggest', new URLSearchParams({ q, limit: String(limit) })), SuggestResponse, signal),
      staleTime: 60_000,
    }),
}
