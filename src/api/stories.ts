import { queryOptions } from '@tanstack/react-query'
import { apiUrl, ASKED_BY_THE_LOADER, getJson } from './client'
import { StoryResponse } from './schemas'

export const storyQueries = {
  all: () => ['stories'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...storyQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        getJson(apiUrl(`/stories/${encodeURIComponent(id)}`), StoryResponse, signal).then((body) => body.story),
      staleTime: 5 * 60_000,
      ...ASKED_BY_THE_LOADER,
    }),
}
