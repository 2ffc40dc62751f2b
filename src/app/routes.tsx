import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { BootShell } from './boot-shell'
import { RouteErrorPage } from './error-page'
import { Layout } from './layout'
import { loadRoute } from './lazy-route'
import { NotFoundPage } from '../components/not-found-page'
import * as feedRoute from '../features/feed/feed-route'

/** The route table. The feed is in the main bundle; every other page loads its code lazily. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
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
            { index: true, loader: feedRoute.makeLoader(queryClient), Component: feedRoute.Component },
            {
              path: 'articles/:slug',
              lazy: async () => {
                const route = await loadRoute(() => import('../features/article/article-route'))
                return { loader: route.makeLoader(queryClient), Component: route.Component }
              },
            },
            {
              path: 'entities',
              lazy: async () => {
                const route = await loadRoute(() => import('../features/entities/directory-route'))
                return { loader: route.makeLoader(queryClient), Component: route.Component }
              },
            },
            {
              path: 'entities/:id',
              lazy: async () => {
                const route = await loadRoute(() => import('../features/entities/entity-route'))
                return { loader: route.makeLoader(queryClient), Component: route.Component }
              },
            },
            {
              path: 'bookmarks',
              lazy: async () => {
                const route = await loadRoute(() => import('../features/bookmarks/bookmarks-route'))
                return { Component: route.Component }
              },
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]
}
