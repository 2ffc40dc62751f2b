import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { articlePageQuery, type ArticleListFilter } from './article-page'
import { apiUrl, ASKED_BY_THE_LOADER, getJson } from './client'
import { nextTask } from '../scheduling/next-task'
import {
  Article,
  ArticleListItem,
  ArticleListResponse,
  ArticleSummary,
  Block,
  boundedList,
  EntityRef,
  LIMITS,
  type MatchMode,
} from './schemas'

/** What the feed asks the API for: ids as the API gives them. */
export type FeedFilter = {
  entities: string[]
  match: MatchMode
  /** First and last WIB day (YYYY-MM-DD), inclusive; either may be open. */
  from?: string | undefined
  to?: string | undefined
}

export type { ArticleListFilter }

// A list tolerates a bad item: it is dropped with one warning, the rest shown.
const LenientList = z.extend(ArticleListResponse, {
  items: boundedList(z.unknown(), LIMITS.pageItems, 'items in a page'),
})

// So does an article, block by block, related article by related article, entity by entity.
const LenientArticle = z.object({
  article: z.extend(Article, {
    body: boundedList(z.unknown(), LIMITS.blocks, 'blocks'),
    related: boundedList(z.unknown(), LIMITS.related, 'related articles'),
    entities: boundedList(z.unknown(), LIMITS.entities, 'entities'),
  }),
})

/** Longest a parse runs before it hands the thread back: a page of 20 articles was one task of 100 ms at 4x CPU. */
const PARSE_SLICE_MS = 8

/**
 * Parses each item alone: a bad one is dropped and counted, the others kept. Every few milliseconds the rest waits
 * for a task of its own, so that a long page does not hold the thread (input, a frame) for its whole parse.
 */
async function keepValid<T>(items: unknown[], schema: z.ZodMiniType<T>): Promise<{ kept: T[]; dropped: number }> {
  const kept: T[] = []
  let sliceStart = performance.now()
  for (const item of items) {
    if (performance.now() - sliceStart > PARSE_SLICE_MS) {
      await nextTask()
      sliceStart = performance.now()
    }
    const parsed = schema.safeParse(item)
    if (parsed.success) kept.push(parsed.data)
  }
  return { kept, dropped: items.length - kept.length }
}

function warnDropped(dropped: number, what: string) {
  if (dropped > 0) console.warn(`[warta] dropped ${dropped} ${what} that did not match the contract`)
}

async function fetchArticlePage(filter: ArticleListFilter, cursor: string | null, signal: AbortSignal) {
  const page = await getJson(apiUrl('/articles', articlePageQuery(filter, cursor)), LenientList, signal)
  const { kept, dropped } = await keepValid(page.items, ArticleListItem)
  warnDropped(dropped, 'article(s)')
  return { ...page, items: kept }
}

async function fetchArticle(slug: string, signal: AbortSignal): Promise<Article> {
  const { article } = await getJson(apiUrl(`/articles/${encodeURIComponent(slug)}`), LenientArticle, signal)
  const body = await keepValid(article.body, Block)
  const related = await keepValid(article.related, ArticleSummary)
  const entities = await keepValid(article.entities, EntityRef)
  warnDropped(body.dropped + related.dropped + entities.dropped, 'part(s) of an article')
  return { ...article, body: body.kept, related: related.kept, entities: entities.kept }
}

export const articleQueries = {
  all: () => ['articles'] as const,
  lists: () => [...articleQueries.all(), 'list'] as const,
  list: (filter: ArticleListFilter) =>
    infiniteQueryOptions({
      queryKey: [...articleQueries.lists(), filter],
      queryFn: ({ pageParam, signal }) => fetchArticlePage(filter, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  /** Just the first page, for side lists such as related articles. */
  firstPage: (filter: ArticleListFilter) =>
    queryOptions({
      queryKey: [...articleQueries.lists(), filter, 'first'],
      queryFn: ({ signal }) => fetchArticlePage(filter, null, signal),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'detail', slug],
      queryFn: ({ signal }) => fetchArticle(slug, signal),
      staleTime: 5 * 60_000,
      ...ASKED_BY_THE_LOADER,
    }),
}
