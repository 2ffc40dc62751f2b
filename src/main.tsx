import { onlineManager, QueryClientProvider } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { StaticTitleHandover } from './app/boot-shell'
import { createQueryClient } from './app/query-client'
import { createRoutes } from './app/routes'
import { registerServiceWorker } from './app/service-worker'
import { installTrustedTypesPolicy } from './app/trusted-types'
import { openBrowserReaderData, ReaderDataContext } from './reader-data/reader-data'
import './styles.css'

installTrustedTypesPolicy()

// react-query assumes it starts online and only hears later changes: a start
// with no network (the service worker serves the app) must pause queries at once.
onlineManager.setOnline(navigator.onLine)

/**
 * Hands the main thread back to the browser between the steps of the start: on a slow phone each step is
 * tens of milliseconds, and one task holding them all is a long task that input and painting wait behind.
 */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

registerServiceWorker()

// Created once, outside React. An async function, not top-level await: the bundler splits a module graph
// with top-level await into many small chunks.
async function start() {
  const queryClient = createQueryClient()
  const readerData = openBrowserReaderData()
  readerData.settings.watchDocument()
  await yieldToBrowser()
  // The router starts the first page's loader (its requests) as it is made.
  const router = createBrowserRouter(createRoutes(queryClient, readerData))
  await yieldToBrowser()
  const root = createRoot(document.getElementById('root')!)
  // A transition: React renders the first screen in slices, handing the thread back every few milliseconds.
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <StaticTitleHandover staticTitle={document.head.querySelector('title')} />
          <ReaderDataContext value={readerData}>
            <RouterProvider router={router} />
          </ReaderDataContext>
        </QueryClientProvider>
      </StrictMode>,
    ),
  )
}

void start()
