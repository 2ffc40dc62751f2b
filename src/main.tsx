import { onlineManager, QueryClientProvider } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { StaticTitleHandover } from './app/boot-shell'
import { keyFreshHistoryEntry } from './app/history-entry-key'
import { createQueryClient } from './app/query-client'
import { createRoutes } from './app/routes'
import { registerServiceWorker } from './app/service-worker'
import { installTrustedTypesPolicy } from './app/trusted-types'
import { nextTask } from './scheduling/next-task'
import { openBrowserReaderData, ReaderDataContext } from './reader-data/reader-data'
import './styles.css'

installTrustedTypesPolicy()

// react-query assumes it starts online and only hears later changes: a start
// with no network (the service worker serves the app) must pause queries at once.
onlineManager.setOnline(navigator.onLine)

registerServiceWorker()

// Created once, outside React. The start hands the thread back to the browser between its steps (nextTask):
// each is tens of milliseconds on a slow phone. An async function, not top-level await: the bundler splits a
// module graph with top-level await into many small chunks.
async function start() {
  // The bundle's evaluation filled this task: the start's own work comes in the next ones.
  await nextTask()
  const queryClient = createQueryClient()
  const readerData = openBrowserReaderData()
  readerData.settings.watchDocument()
  await nextTask()
  keyFreshHistoryEntry()
  // The router asks for the first page's code and data as it is made (each in a task of its own: routes.tsx).
  const router = createBrowserRouter(createRoutes(queryClient, readerData))
  await nextTask()
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
