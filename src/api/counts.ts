import { queryOptions } from '@tanstack/react-query'
import { apiUrl, getJson } from './client'
import { CountsResponse } from './schemas'

export const countQueries = {
  all: () => ['counts'] as const,
  /** How many articles about each entity were published after `since` (ISO 8601); ids sorted, so one key per set. */
  since: (entities: readonly string[], since: string) => {
    const ids = [...new Set(entities)].sort()
    return queryOptions({
      queryKey: [...countQueries.all(), ids, since],
      queryFn: ({ signal }) => {
        const params = new URLSearchParams(ids.map((id) => ['entity', id]))
        params.set('since', since)
        return getJson(apiUrl('/counts', params), CountsResponse, signal)
      },
      staleTime: 60_000,
    })
  },
}
