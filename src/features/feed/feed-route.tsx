import type { QueryClient } from '@tanstack/react-query'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useId, useMemo, useRef } from 'react'
import type { LoaderFunctionArgs } from 'react-router'
import { articleQueries } from '../../api/articles'
import { entityQueries } from '../../api/entities'
import type { MatchMode } from '../../api/schemas'
import { FilterCautions } from '../../components/filter-cautions'
import { DateRangeSlot } from '../../components/date-range-slot'
import { waitingForNetwork } from '../../components/offline-state'
import { UnreadToggle } from '../../components/unread-toggle'
import {
  parseFeedFilter,
  removeEntity,
  resolveFeedFilter,
  toggleEntity,
  withMatch,
  withoutDates,
} from '../../lib/feed-filter'
import { useMessages } from '../../lib/i18n'
import { warmCache } from '../../lib/warm-cache'
import { ActiveFilters, type NamedFilter } from './active-filters'
import { DateRangeChip } from './date-range-chip'
import { FeedResults } from './feed-results'
import { FilterSheet } from './filter-sheet'
import { feedMessages } from './messages'
import { knownIds, useFeedFilter } from './use-feed-filter'
import { useWideScreen } from './use-wide-screen'
import { laterComponent } from '../../lib/later-component'

// The panel (search, all/any, 48 rows) loads beside the first screen, not before it: the articles come first.
const FilterPanel = laterComponent(() => import('./filter-panel').then((module) => module.FilterPanel))

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
  const wide = useWideScreen()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const panelHeadingId = useId()
  const { directory, byId, nameOf, committed, datesIgnored, chosen, changing, idsCheckable, resultsRef, go } =
    useFeedFilter()

  const query = useInfiniteQuery({
    ...articleQueries.list(committed.filter),
    placeholderData: keepPreviousData,
    enabled: idsCheckable,
  })
  const firstPage = query.data?.pages[0]
  const counts = useMemo(
    () =>
      firstPage && !query.isPlaceholderData
        ? new Map(firstPage.facets.map((facet) => [facet.entityId, facet.count]))
        : null,
    [firstPage, query.isPlaceholderData],
  )
  const busy = changing || query.isPlaceholderData

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

  const panel = (
    <FilterPanel
      fallback={<p className="min-h-96 text-sm text-ink-soft">{t.loadingEntities}</p>}
      filter={chosen.filter}
      counts={counts}
      onToggle={toggle}
      onMatch={setMatch}
    />
  )

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
              <UnreadToggle />
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
            {/* The date presets and the histogram load beside the list too (the first visit's budget has no room). */}
            <DateRangeSlot
              filter={chosen.filter}
              ready={idsCheckable}
              empty={query.isPlaceholderData || !firstPage ? undefined : firstPage.total === 0}
              onChange={(range) => void go({ ...withoutDates(chosen.filter), ...range })}
            />
            <FilterCautions
              unknown={chosen.unknown}
              restApplies={chosen.filter.entities.length > 0}
              datesIgnored={datesIgnored}
            />
          </div>
          <FeedResults
            filter={committed.filter}
            query={query}
            busy={busy}
            waiting={!idsCheckable && waitingForNetwork(directory)}
            nameOf={nameOf}
            onRemoveLast={(id) => {
              headingRef.current?.focus()
              void go(removeEntity(committed.filter, id))
            }}
            onTryAny={() => void go(withMatch(committed.filter, 'any'))}
            onClearDates={() => {
              headingRef.current?.focus()
              void go(withoutDates(committed.filter))
            }}
          />
        </div>
      </div>
    </div>
  )
}
