import type { QueryClient } from '@tanstack/react-query'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useSearchParams, type LoaderFunctionArgs } from 'react-router'
import { articleQueries } from '../../api/articles'
import { ArticleList } from '../../components/article-list'
import { ErrorState } from '../../components/error-state'
import { ListSkeleton } from '../../components/skeleton'
import { parseFeedFilter } from '../../lib/feed-filter'
import { useMessages } from '../../lib/i18n'
import { feedMessages } from './messages'

/** Warms the cache with the first page; the page shows its own loading and error states. */
export function makeLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const filter = parseFeedFilter(new URL(request.url).searchParams)
    await queryClient.prefetchInfiniteQuery(articleQueries.list(filter))
    return null
  }
}

export function Component() {
  const t = useMessages(feedMessages)
  const [searchParams] = useSearchParams()
  const filter = useMemo(() => parseFeedFilter(searchParams), [searchParams])
  const query = useInfiniteQuery(articleQueries.list(filter))
  const articles = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data])
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, fetchNextPage])

  return (
    <div className="mx-auto max-w-4xl">
      <title>{t.pageTitle}</title>
      <h1 tabIndex={-1} className="mb-6 font-serif text-3xl font-black tracking-tight sm:text-4xl">{t.title}</h1>
      {query.isPending ? (
        <ListSkeleton label={t.loadingList} />
      ) : query.isError && articles.length === 0 ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : articles.length === 0 ? (
        <p className="rounded-xl border border-line p-6 text-ink-soft">{t.empty}</p>
      ) : (
        <>
          <ArticleList
            listKey={`feed:${searchParams.toString()}`}
            label={t.listLabel}
            articles={articles}
            hasMore={Boolean(hasNextPage)}
            loadingMore={isFetchingNextPage}
            onLoadMore={loadMore}
          />
          {query.isFetchNextPageError && <div className="mt-4"><ErrorState error={query.error} onRetry={loadMore} /></div>}
        </>
      )}
    </div>
  )
}
