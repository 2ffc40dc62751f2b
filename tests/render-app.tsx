import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import type userEvent from '@testing-library/user-event'
import { expect } from 'vitest'
import { createMemoryRouter, parsePath, RouterProvider } from 'react-router'
import { createQueryClient } from '../src/app/query-client'
import { createRoutes } from '../src/app/routes'
import { ReaderDataContext, type ReaderData } from '../src/reader-data/reader-data'
import { openReaderData } from './fake-reader-storage'

/** A QueryClient as the app makes it, but failing at once: tests retry by hand. */
function createTestQueryClient(): QueryClient {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } })
  return queryClient
}

let openedApps = 0

/**
 * Renders the whole app at `path`, with the real routes and the mock API. `readerData`: what the browser
 * keeps (tests/fake-reader-storage.ts); an empty fake storage by default.
 */
export function renderApp(
  path = '/',
  {
    queryClient = createTestQueryClient(),
    readerData = openReaderData(),
  }: { queryClient?: QueryClient; readerData?: ReaderData } = {},
) {
  // Each app opened in a test is a page of its own, as the browser's first entry is after keyFreshHistoryEntry:
  // with the memory history's shared first key, the router would restore a scroll position saved by an
  // earlier test of the file.
  const entry = { ...parsePath(path), key: `test-${(openedApps += 1)}` }
  const router = createMemoryRouter(createRoutes(queryClient, readerData), { initialEntries: [entry] })
  const stopDocument = readerData.settings.watchDocument()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ReaderDataContext value={readerData}>
        <RouterProvider router={router} />
      </ReaderDataContext>
    </QueryClientProvider>,
  )
  const unmount = () => {
    view.unmount()
    stopDocument()
  }
  return { ...view, unmount, router, queryClient, readerData }
}

/** The feed loads 20 at a time: ask for more until the article is in the list. */
export async function loadUntil(user: ReturnType<typeof userEvent.setup>, list: HTMLElement, name: RegExp) {
  for (let page = 0; page < 10; page++) {
    // A new list comes a screenful first, then a few cards a frame: read it once it is whole (aria-busy is on
    // the list's wrapper, which has no role).
    // eslint-disable-next-line testing-library/no-node-access
    await waitFor(() => expect(list.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'))
    const link = within(list).queryByRole('link', { name })
    if (link) return link
    const count = within(list).getAllByRole('article').length
    await user.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }))
    await waitFor(() => expect(within(list).getAllByRole('article').length).toBeGreaterThan(count))
  }
  throw new Error(`Not in the list: ${name}`)
}

/** A gate a test opens: a mock handler awaits `opened` to hold its answer until the test calls `open()`. */
export function gate() {
  let open: () => void = () => undefined
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { opened, open }
}
