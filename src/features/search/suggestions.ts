// TEMPORARY until the search contract lands (branch `search`): replaced by its query factory.
import { queryOptions } from '@tanstack/react-query'
import type { EntityRef } from '../../api/schemas'

export type Suggestions = { entities: EntityRef[]; articles: { slug: string; title: string }[] }

export const suggestionQuery = (q: string) =>
  queryOptions({
    queryKey: ['suggest', q],
    queryFn: async (): Promise<Suggestions> => ({ entities: [], articles: [] }),
  })
