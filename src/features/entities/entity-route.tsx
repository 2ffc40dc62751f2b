import type { QueryClient } from '@tanstack/react-query'

// Placeholder until the filter issue lands this page.
export function makeLoader(_queryClient: QueryClient) {
  return async () => null
}

export function Component() {
  return <h1 tabIndex={-1}>…</h1>
}
