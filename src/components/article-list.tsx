import { useQueryClient, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query'
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import type { ArticleSummary } from '../api/schemas'
import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { useUnreadOnly } from '../lib/unread-filter'
import { useReadMarks } from '../reader-data/reader-data'
import { ArticleCard } from './article-card'
import { SharedEntityIndex } from './entity-chips'
import { prefetchArticle } from './prefetch-article'
import { useCardCommands } from './use-card-commands'
import { cardsToFill, usePaintedTop, useRevealed, useWholeOnMount } from './use-revealed'
import type { RowsLayout } from './virtual-rows'

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
  /** The leaders and countries the list is about: first among each card's chips. */
  chipsFirst?: readonly string[]
}

// A page of cards is shown as it is; longer lists are windowed (virtual-rows.tsx).
const PLAIN_ROWS = 20
const DWELL_MS = 1000

type WindowingModule = typeof import('./virtual-rows')
let windowing: WindowingModule | null = null
let loadingWindowing: Promise<WindowingModule> | null = null
function loadWindowing(): Promise<WindowingModule> {
  loadingWindowing ??= import('./virtual-rows').then(
    ({ Windowing, measurePlainRows, rememberedHeight }) =>
      (windowing = { Windowing, measurePlainRows, rememberedHeight }),
  )
  return loadingWindowing
}

/**
 * Text going into a field: a text input or a textarea has the focus. Narrower than the keyboard shortcuts' test
 * (keyboard-shortcuts.tsx), for which a select's type-ahead counts too: a select that has the focus is no typing.
 */
const inTextField = () => {
  const active = document.activeElement
  return (
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLInputElement && ['text', 'search'].includes(active.type))
  )
}

/** Prefetches the article of each card that stays in view for a second (prefetch-article.ts). */
function useDwellPrefetch(): (card: Element | null) => void {
  const queryClient = useQueryClient()
  const observer = useRef<IntersectionObserver | null>(null)
  const timers = useRef(new Map<Element, ReturnType<typeof setTimeout>>())
  // Made on the first card, not in an effect: cards attach before effects run, and the first ones would be missed.
  const observerFor = useCallback((): IntersectionObserver | null => {
    if (observer.current || typeof IntersectionObserver === 'undefined') return observer.current
    const pending = timers.current
    const io = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          clearTimeout(pending.get(target))
          pending.delete(target)
          const slug = (target as HTMLElement).dataset.slug
          if (!isIntersecting || !slug) continue
          const fire = () => {
            // A reader in a text field (the header's search) is typing: the download and parse would take the
            // thread between keystrokes on a slow phone. Looked at again a second later.
            if (inTextField()) {
              pending.set(target, setTimeout(fire, DWELL_MS))
              return
            }
            pending.delete(target)
            io.unobserve(target)
            prefetchArticle(queryClient, slug, { intent: false })
          }
          pending.set(target, setTimeout(fire, DWELL_MS))
        }
      },
      { threshold: 0.6 },
    )
    observer.current = io
    return io
  }, [queryClient])
  useEffect(() => {
    const pending = timers.current
    return () => {
      observer.current?.disconnect()
      observer.current = null
      for (const timer of pending.values()) clearTimeout(timer)
      pending.clear()
    }
  }, [])
  return useCallback(
    (card: Element | null) => {
      if (card) observerFor()?.observe(card)
    },
    [observerFor],
  )
}

/** A list of article cards; once it is scrolled or outgrows a page, only the cards near the viewport are in the page. */
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
  chipsFirst,
}: ArticleListProps) {
  const t = useMessages(sharedMessages)
  // By value: the memoized cards keep their props while the ids stay the same, whatever array holds them.
  const firstKey = chipsFirst?.join(' ') ?? ''
  const first = useMemo(() => (firstKey ? firstKey.split(' ') : undefined), [firstKey])
  const [unreadOnly] = useUnreadOnly()
  const readMarks = useReadMarks()
  // Hidden here, for every list alike; the list then loads on until the unread ones fill the screen.
  const listed = useMemo(
    () => (unreadOnly ? loaded.filter((article) => !readMarks.has(article.slug)) : loaded),
    [unreadOnly, loaded, readMarks],
  )
  // Windowed from the start once the code is here; before, from the first scroll or the second page.
  const [windowed, setWindowed] = useState(() => windowing !== null)
  // A new plain list comes a screenful first, the rest a few cards a frame (use-revealed.ts); a windowed one
  // has only the rows near the viewport in the page already.
  const listRef = useRef<HTMLOListElement>(null)
  // One card a step: a step's frame lays out and paints what it adds (about 15 ms a card at 4x CPU), and three
  // cards a step made frames of 50-90 ms (decision 027, addendum).
  const listTop = usePaintedTop(listRef)
  const shownAs = { label, isNew, first }
  const revealed = useRevealed(listed, {
    first: () => cardsToFill(listTop()),
    step: 1,
    wholeOnMount: useWholeOnMount(),
    shownWith: shownAs,
  })
  const articles = windowed ? listed : revealed.shown
  // The cards of a list being replaced stay for a frame as they were: under its name, with its marks and chips.
  const shownWith = (!windowed && revealed.shownWith) || shownAs
  const revealing = !windowed && revealed.revealing
  // Hiding the read ones makes another list, with heights of its own.
  const measuredKey = unreadOnly ? `${listKey}?unread` : listKey
  useCardCommands(listRef)
  const observeCard = useDwellPrefetch()

  const [layout, setLayout] = useState<RowsLayout | null>(null)
  const long = articles.length > PLAIN_ROWS
  const switchToWindowed = useEffectEvent((module: WindowingModule) => {
    const slugs = articles.map((article) => article.slug)
    module.measurePlainRows(measuredKey, listRef.current, slugs)
    setWindowed(true)
  })
  useEffect(() => {
    if (windowed) return
    let live = true
    const start = () =>
      void loadWindowing().then((module) => {
        if (live) switchToWindowed(module)
      })
    if (long) start()
    else window.addEventListener('scroll', start, { once: true, passive: true })
    return () => {
      live = false
      window.removeEventListener('scroll', start)
    }
  }, [windowed, long])
  const Windowing = windowed ? windowing?.Windowing : undefined
  // Until the windowing has laid the rows out (in the same commit): a list switching keeps its plain
  // rows; a list windowed from the start (coming back to it) holds its remembered height, so the
  // restored scroll position is not cut short.
  const [heldHeight] = useState(() => (windowing ? windowing.rememberedHeight(measuredKey) : null))
  // A list that has just changed is laid out in this render, not after it: its rows mount once.
  const laidOut = Windowing && layout ? (layout.articles === articles ? layout : layout.rowsFor(articles)) : null
  const rows =
    laidOut?.rows ?? (heldHeight === null ? articles.map((_, index) => ({ index, top: null as number | null })) : [])
  const height = laidOut ? laidOut.height : heldHeight

  // Load the next page when the end of the list comes near.
  const sentinelRef = useRef<HTMLDivElement>(null)
  // The end of a list still coming is no reason to load the next page.
  const canLoad = hasMore && !loadingMore && !revealing
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

  return (
    // A layer of its own from the start: dimming it then repaints no card (a whole list's repaint, twice per change).
    <div
      aria-busy={busy || loadingMore || revealing}
      className={busy ? 'opacity-60 transition-opacity will-change-[opacity]' : 'will-change-[opacity]'}
    >
      <SharedEntityIndex>
        <ol
          ref={listRef}
          aria-label={shownWith.label}
          className={height === null ? 'flex flex-col gap-4' : 'relative'}
          style={height === null ? undefined : { height }}
        >
          {rows.map(({ index, top }) => {
            const article = articles[index]
            if (!article) return null
            return (
              <li
                key={article.slug}
                data-index={index}
                aria-setsize={listed.length}
                aria-posinset={index + 1}
                ref={(node) => {
                  if (Windowing) layout?.measure(node)
                  observeCard(node?.firstElementChild ?? null)
                }}
                // Painted apart (a paint layer of its own, its contents clipped to it: the card's focus rings are
                // inside its padding): a card put in or taken out repaints itself, not every other card.
                className={top === null ? '[contain:paint]' : 'absolute inset-x-0 top-0 [contain:paint]'}
                style={top === null ? undefined : { transform: `translateY(${top}px)` }}
              >
                <ArticleCard
                  article={article}
                  eager={index < 2}
                  headingLevel={headingLevel}
                  isNew={shownWith.isNew?.(article) ?? false}
                  chipsFirst={shownWith.first}
                />
              </li>
            )
          })}
        </ol>
      </SharedEntityIndex>
      {Windowing && <Windowing listKey={measuredKey} articles={articles} listRef={listRef} onLayout={setLayout} />}
      <div ref={sentinelRef} className="mt-6 flex flex-col items-center gap-2">
        {listed.length === 0 && loaded.length > 0 && <p className="text-ink-soft">{t.allRead}</p>}
        {hasMore || revealing ? (
          // aria-disabled, not disabled: a disabled button loses the focus of the reader who pressed it.
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              if (canLoad) onLoadMore()
            }}
            aria-disabled={!canLoad}
          >
            {loadingMore || revealing ? t.loadingMore : t.loadMore}
          </button>
        ) : (
          listed.length > 0 && <p className="text-sm text-ink-soft">{t.endOfList}</p>
        )}
      </div>
    </div>
  )
}
