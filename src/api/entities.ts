import { queryOptions } from '@tanstack/react-query'
import { apiUrl, ASKED_BY_THE_LOADER, getJson } from './client'
import { EntityListResponse, EntityResponse, type EntityType } from './schemas'

export const entityQueries = {
  all: () => ['entities'] as const,
  list: (type?: EntityType) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'list', type ?? 'all'],
      queryFn: ({ signal }) =>
        getJson(apiUrl('/entities', type ? new URLSearchParams({ type }) : undefined), EntityListResponse, signal).then(
          (body) => body.items,
        ),
      staleTime: 10 * 60_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'detail', id],
      queryFn: ({ signal }) => getJson(apiUrl(`/entities/${encodeURIComponent(id)}`), EntityResponse, signal),
      staleTime: 10 * 60_000,
      ...ASKED_BY_THE_LOADER,
    }),
}
