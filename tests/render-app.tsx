import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from '../src/app/query-client'
import { createRoutes } from '../src/app/routes'

/** A QueryClient as the app makes it, but failing at once: tests retry by hand. */
export function createTestQueryClient(): QueryClient {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } })
  return queryClient
}

/** Renders the whole app at `path`, with the real routes and the mock API. */
export function renderApp(path = '/', { queryClient = createTestQueryClient() }: { queryClient?: QueryClient } = {}) {
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient }
}
