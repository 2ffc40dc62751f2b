import { useQueryClient, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query'
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { articleQueries } from '../api/articles'
import type { ArticleSummary } from '../api/schemas'
import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { RecentMap } from '../lib/recent-map'
import { useUnreadOnly } from '../lib/unread-filter'
import { useReadMarks } from '../reader-data/reader-data'
import { ArticleCard } from './article-card'
import { useCardCommands } from './use-card-commands'

/** The pages of an infinite article query as one list, with a load-more that never double-fetches. */
export function usePagedArticles(query: UseInfiniteQueryResult<InfiniteData<{ items: ArticleSummary[] }>>) {
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const articles = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data])
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, fetchNextPage])
  return { articles, hasMore: Boolean(hasNextPage), loadingMore: isFetchingNextPage, loadMore }
}

type ArticleListProps = {
  /** Names the list for scroll restoration: the same key gets the same measurements back. */
  listKey: string
  label: string
  articles: ArticleSummary[]
  hasMore: boolean
  loadingMore: boolean
  onLoadMore: () => void
  busy?: boolean
  /** h2 under a page's h1; h3 when the list sits under its own h2. */
  headingLevel?: 2 | 3
  /** Marks the articles published since the reader's previous visit to this list. */
  isNew?: (article: ArticleSummary) => boolean
}

// Measured card heights per list, kept across navigations so that coming back
// to a list lays it out exactly as it was and the restored scroll lands right.
// Only the few lists visited last are kept: every filter is a list of its own.
const measurements = new RecentMap<string, VirtualItem[]>(5)

/** A windowed list of article cards: only the cards near the viewport are in the page. */
export function ArticleList({
  listKey,
  label,
  articles: loaded,
  hasMore,
  loadingMore,
  onLoadMore,
  busy = false,
  headingLevel = 2,
  isNew,
}: ArticleListProps) {
  const t = useMessages(sharedMessages)
  const [unreadOnly] = useUnreadOnly()
  const readMarks = useReadMarks()
  // Hidden here, for every list alike; the list then loads on until the unread ones fill the screen.
  const articles = useMemo(
    () => (unreadOnly ? loaded.filter((article) => !readMarks.has(article.slug)) : loaded),
    [unreadOnly, loaded, readMarks],
  )
  const measuredKey = unreadOnly ? `${listKey}?unread` : listKey
  const listRef = useRef<HTMLOListElement>(null)
  useCardCommands(listRef)
  const queryClient = useQueryClient()

  // Where the list starts in the document, for the window virtualizer.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const list = listRef.current
    if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY)
  }, [])

  const virtualizer = useWindowVirtualizer({
    count: articles.length,
    estimateSize: () => 420,
    overscan: 4,
    gap: 16,
    scrollMargin,
    initialMeasurementsCache: measurements.get(measuredKey),
    getItemKey: (index) => articles[index]?.slug ?? index,
  })

  useEffect(() => () => measurements.set(measuredKey, virtualizer.measurementsCache), [measuredKey, virtualizer])

  // Prefetch each article as its card scrolls into view.
  const observer = useRef<IntersectionObserver | null>(null)
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return
    observer.current = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const slug = entry.isIntersecting ? (entry.target as HTMLElement).dataset.slug : undefined
          if (slug) {
            void queryClient.prefetchQuery(articleQueries.detail(slug))
            observer.current?.unobserve(entry.target)
          }
        }
      },
      { threshold: 0.6 },
    )
    return () => observer.current?.disconnect()
  }, [queryClient])

  // Load the next page when the end of the list comes near.
  const sentinelRef = useRef<HTMLDivElement>(null)
  const canLoad = hasMore && !loadingMore
  useEffect(() => {
    const sentinel = sentinelRef.current
    if (!sentinel || !canLoad || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore()
      },
      { rootMargin: '800px 0px' },
    )
    io.observe(sentinel)
    return () => io.disconnect()
  }, [canLoad, onLoadMore])

  const items = virtualizer.getVirtualItems()

  return (
    <div aria-busy={busy || loadingMore} className={busy ? 'opacity-60 transition-opacity' : undefined}>
      <ol ref={listRef} aria-label={label} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const article = articles[item.index]
          if (!article) return null
          return (
            <li
              key={item.key}
              data-index={item.index}
              aria-setsize={articles.length}
              aria-posinset={item.index + 1}
              ref={(node) => {
                virtualizer.measureElement(node)
                const card = node?.firstElementChild
                if (card) observer.current?.observe(card)
              }}
              className="absolute inset-x-0 top-0"
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              <ArticleCard
                article={article}
                eager={item.index < 2}
                headingLevel={headingLevel}
                isNew={isNew?.(article) ?? false}
              />
            </li>
          )
        })}
      </ol>
      <div ref={sentinelRef} className="mt-6 flex flex-col items-center gap-2">
        {articles.length === 0 && loaded.length > 0 && <p className="text-ink-soft">{t.allRead}</p>}
        {hasMore ? (
          <button type="button" className="btn-secondary" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? t.loadingMore : t.loadMore}
          </button>
        ) : (
          articles.length > 0 && <p className="text-sm text-ink-soft">{t.endOfList}</p>
        )}
      </div>
    </div>
  )
}
