import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import type { LoaderFunction, RouteObject } from 'react-router'
import { BootShell } from './boot-shell'
import { RouteErrorPage } from './error-page'
import { Layout } from './layout'
import { loadRoute } from './lazy-route'
import { nextTask } from '../scheduling/next-task'
import { NotFoundPage } from '../components/not-found-page'
import * as feedRoute from '../features/feed/feed-route'
import type { ReaderData } from '../reader-data/reader-data'

/** What a page module exports: its component and, if it warms the cache, a loader factory. */
type PageModule = {
  Component: ComponentType
  makeLoader?: (queryClient: QueryClient, readerData: ReaderData) => LoaderFunction
}

/**
 * A route's code and its loader (its requests) each start in a task of their own, not in the task of the click
 * or key press that navigated: together they made that task longer than 50 ms on a slow phone.
 */
const inNextTask =
  (loader: LoaderFunction): LoaderFunction =>
  async (...args) => {
    await nextTask()
    return loader(...args)
  }

/** The route table. The feed is in the main bundle; every other page loads its code lazily. */
export function createRoutes(queryClient: QueryClient, readerData: ReaderData): RouteObject[] {
  const lazyPage = (load: () => Promise<PageModule>) => async () => {
    await nextTask()
    const page = await loadRoute(load)
    const loader = page.makeLoader?.(queryClient, readerData)
    return { Component: page.Component, loader: loader && inNextTask(loader) }
  }
  return [
    {
      path: '/',
      Component: Layout,
      HydrateFallback: BootShell,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, loader: inNextTask(feedRoute.makeLoader(queryClient)), Component: feedRoute.Component },
            { path: 'following', lazy: lazyPage(() => import('../features/following/following-route')) },
            { path: 'articles/:slug', lazy: lazyPage(() => import('../features/article/article-route')) },
            { path: 'entities', lazy: lazyPage(() => import('../features/entities/directory-route')) },
            { path: 'entities/:id', lazy: lazyPage(() => import('../features/entities/entity-route')) },
            { path: 'stories/:id', lazy: lazyPage(() => import('../features/stories/story-route')) },
            { path: 'bookmarks', lazy: lazyPage(() => import('../features/bookmarks/bookmarks-route')) },
            { path: 'data', lazy: lazyPage(() => import('../features/data/data-route')) },
            { path: 'search', lazy: lazyPage(() => import('../features/search/search-route')) },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]
}
