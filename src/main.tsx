import { onlineManager, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
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

// Created once, outside React.
const queryClient = createQueryClient()
const readerData = openBrowserReaderData()
const router = createBrowserRouter(createRoutes(queryClient, readerData))
readerData.settings.watchDocument()
registerServiceWorker()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <StaticTitleHandover staticTitle={document.head.querySelector('title')} />
      <ReaderDataContext value={readerData}>
        <RouterProvider router={router} />
      </ReaderDataContext>
    </QueryClientProvider>
  </StrictMode>,
)
