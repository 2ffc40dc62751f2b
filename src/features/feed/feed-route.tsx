import type { QueryClient } from '@tanstack/react-query'
import { warmCache } from '../../lib/warm-cache'
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useCallback, useId, useMemo, useRef } from 'react'
import { useNavigate, useNavigation, useSearchParams, type LoaderFunctionArgs } from 'react-router'
import { articleQueries, type FeedFilter } from '../../api/articles'
import { entityQueries } from '../../api/entities'
import type { Entity, MatchMode } from '../../api/schemas'
import { ArticleList, usePagedArticles } from '../../components/article-list'
import { ErrorState } from '../../components/error-state'
import { OfflineState, waitingForNetwork } from '../../components/offline-state'
import { ListSkeleton } from '../../components/skeleton'
import { entityName } from '../../lib/entity-names'
import {
  feedFilterSearch,
  parseFeedFilter,
  removeEntity,
  resolveFeedFilter,
  toggleEntity,
  withMatch,
  withoutDates,
} from '../../lib/feed-filter'
import { useLanguage, useMessages } from '../../lib/i18n'
import { sharedMessages } from '../../lib/messages'
import { ActiveFilters, type NamedFilter } from './active-filters'
import { DateRangeChip } from './date-range-chip'
import { FilterPanel } from './filter-panel'
import { FilterSheet } from './filter-sheet'
import { feedMessages } from './messages'
import { useWideScreen } from './use-wide-screen'

function knownIds(entities: Entity[] | undefined): ReadonlySet<string> | null {
  return entities ? new Set(entities.map((entity) => entity.id)) : null
}

/**
 * Warms the cache with the first page of the filtered feed. With a filter in the
 * URL it first waits for the directory, so an unknown id never reaches the API.
 */
export function makeLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const requested = parseFeedFilter(new URL(request.url).searchParams)
    const warm = async () => {
      const directory = queryClient.prefetchQuery(entityQueries.list())
      if (requested.entities.length > 0) await directory
      const known = knownIds(queryClient.getQueryData(entityQueries.list().queryKey))
      // Without the directory (slow or failing) the page resolves the ids itself once it comes.
      if (requested.entities.length > 0 && !known) return
      const { filter } = resolveFeedFilter(requested, known)
      await queryClient.prefetchInfiniteQuery(articleQueries.list(filter))
    }
    await warmCache(warm())
    return null
  }
}

export function Component() {
  const t = useMessages(feedMessages)
  const shared = useMessages(sharedMessages)
  const language = useLanguage()
  const wide = useWideScreen()
  const navigate = useNavigate()
  const navigation = useNavigation()
  const [searchParams] = useSearchParams()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const panelHeadingId = useId()

  const directory = useQuery(entityQueries.list())
  const known = useMemo(() => knownIds(directory.data), [directory.data])
  const byId = useMemo(() => new Map((directory.data ?? []).map((entity) => [entity.id, entity])), [directory.data])
  const nameOf = useCallback(
    (id: string) => {
      const entity = byId.get(id)
      return entity ? entityName(entity, language) : id
    },
    [byId, language],
  )

  // The filter whose results are on screen (the URL)…
  const committed = useMemo(() => resolveFeedFilter(parseFeedFilter(searchParams), known), [searchParams, known])
  // …and the one the reader has just chosen, while the loader fetches its results.
  const pendingSearch =
    navigation.state === 'loading' && navigation.location.pathname === '/' ? navigation.location.search : null
  const chosen = useMemo(
    () =>
      pendingSearch === null
        ? committed
        : resolveFeedFilter(parseFeedFilter(new URLSearchParams(pendingSearch)), known),
    [pendingSearch, committed, known],
  )

  // Ids from the URL are checked against the directory before any request: an
  // unknown one would be a 400. If the directory cannot be had, ask anyway.
  const idsCheckable = committed.filter.entities.length === 0 || known !== null || directory.isError
  const query = useInfiniteQuery({
    ...articleQueries.list(committed.filter),
    placeholderData: keepPreviousData,
    enabled: idsCheckable,
  })
  const { articles, hasMore, loadingMore, loadMore } = usePagedArticles(query)
  const firstPage = query.data?.pages[0]
  const counts = useMemo(
    () =>
      firstPage && !query.isPlaceholderData
        ? new Map(firstPage.facets.map((facet) => [facet.entityId, facet.count]))
        : null,
    [firstPage, query.isPlaceholderData],
  )
  const busy = pendingSearch !== null || query.isPlaceholderData

  const resultsRef = useRef<HTMLDivElement>(null)
  const go = useCallback(
    (next: FeedFilter) => {
      // The sidebar is sticky: a reader deep in the list sees the new results from their top.
      const top = resultsRef.current?.getBoundingClientRect().top ?? 0
      if (top < 0) window.scrollTo({ top: window.scrollY + top - 96 })
      return navigate({ pathname: '/', search: feedFilterSearch(next) }, { preventScrollReset: true })
    },
    [navigate],
  )
  const toggle = (id: string) => void go(toggleEntity(chosen.filter, id))
  const setMatch = (match: MatchMode) => void go(withMatch(chosen.filter, match))
  const remove = (id: string) => {
    const next = removeEntity(chosen.filter, id)
    // The chip under focus disappears; with no chip left, put the reader back at the top of the feed.
    if (next.entities.length === 0) headingRef.current?.focus()
    void go(next)
  }
  const clear = () => {
    headingRef.current?.focus()
    void go({ ...chosen.filter, entities: [] })
  }

  const chosenEntries: NamedFilter[] = chosen.filter.entities.map((id) => ({
    id,
    name: nameOf(id),
    type: byId.get(id)?.type,
  }))
  const committedNames = t.joinNames(committed.filter.entities.map(nameOf), committed.filter.match)
  const filtered = committed.filter.entities.length > 0
  const total = firstPage?.total ?? 0
  const status = !firstPage
    ? ''
    : query.isPlaceholderData
      ? t.loadingResults
      : filtered
        ? t.resultCountAbout(total, committedNames)
        : t.resultCount(total)
  const lastId = committed.filter.entities[committed.filter.entities.length - 1]

  const panel = <FilterPanel filter={chosen.filter} counts={counts} onToggle={toggle} onMatch={setMatch} />

  return (
    <div>
      <title>{filtered ? t.filteredPageTitle(committedNames) : t.pageTitle}</title>
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="mb-5 font-serif text-3xl font-black tracking-tight outline-none sm:text-4xl"
      >
        {t.title}
      </h1>
      <div className="lg:grid lg:grid-cols-[17.5rem_minmax(0,1fr)] lg:items-start lg:gap-10">
        {wide && (
          <aside
            aria-labelledby={panelHeadingId}
            className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto rounded-xl border border-line bg-surface p-4"
          >
            <h2 id={panelHeadingId} className="mb-4 font-serif text-xl font-bold">
              {t.filterHeading}
            </h2>
            {panel}
          </aside>
        )}
        <div ref={resultsRef} className="min-w-0">
          <div className="mb-5 flex flex-col gap-3">
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              {!wide && (
                <FilterSheet
                  activeCount={chosen.filter.entities.length}
                  resultsLabel={busy || !firstPage ? t.showResultsPending : t.showResults(total)}
                >
                  {panel}
                </FilterSheet>
              )}
              <p role="status" aria-atomic="true" className="text-sm font-semibold text-ink-soft">
                {status}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <ActiveFilters entries={chosenEntries} match={chosen.filter.match} onRemove={remove} onClear={clear} />
              <DateRangeChip
                filter={chosen.filter}
                onRemove={() => {
                  headingRef.current?.focus()
                  void go(withoutDates(chosen.filter))
                }}
              />
            </div>
            {chosen.unknown.length > 0 && (
              <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
                {t.unknownIds(chosen.unknown)} {chosen.filter.entities.length > 0 && t.unknownRest}
              </p>
            )}
          </div>
          {waitingForNetwork(query) || (!idsCheckable && waitingForNetwork(directory)) ? (
            <OfflineState headingLevel={2} body={shared.offlinePage} />
          ) : query.isPending ? (
            <ListSkeleton label={t.loadingList} />
          ) : query.isError && articles.length === 0 ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : articles.length === 0 ? (
            filtered && lastId ? (
              <div aria-busy={busy} className="rounded-xl border border-line bg-surface p-6">
                <p className="font-semibold">
                  {committed.filter.match === 'all' && committed.filter.entities.length > 1
                    ? t.noResultsAll
                    : t.noResults}
                </p>
                <div className="mt-4 flex flex-wrap gap-3">
                  <button
                    type="button"
                    className="btn-primary"
                    onClick={() => {
                      headingRef.current?.focus()
                      void go(removeEntity(committed.filter, lastId))
                    }}
                  >
                    {t.removeLast(nameOf(lastId))}
                  </button>
                  {committed.filter.match === 'all' && committed.filter.entities.length > 1 && (
                    <button
                      type="button"
                      className="btn-secondary"
                      onClick={() => void go(withMatch(committed.filter, 'any'))}
                    >
                      {t.tryAny}
                    </button>
                  )}
                </div>
              </div>
            ) : (
              <p className="rounded-xl border border-line p-6 text-ink-soft">{t.empty}</p>
            )
          ) : (
            <>
              <ArticleList
                listKey={`feed:${feedFilterSearch(committed.filter)}`}
                label={t.listLabel}
                articles={articles}
                hasMore={hasMore}
                loadingMore={loadingMore}
                onLoadMore={loadMore}
                busy={busy}
              />
              {query.isFetchNextPageError && (
                <div className="mt-4">
                  <ErrorState error={query.error} onRetry={loadMore} />
                </div>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  )
}
