import { keepPreviousData, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query'
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import { Link, useNavigate, useNavigation, useSearchParams, type LoaderFunctionArgs } from 'react-router'
import { ApiError, ASKED_BY_THE_LOADER } from '../../api/client'
import { articleQueries } from '../../api/articles'
import { entityQueries } from '../../api/entities'
import type { ArticleSort, Entity, MatchMode } from '../../api/schemas'
import { MAX_QUERY_CODE_POINTS } from '../../api/search'
import { ArticleList, usePagedArticles } from '../../components/article-list'
import { DateRangeSlot } from '../../components/date-range-slot'
import { ErrorState } from '../../components/error-state'
import { FilterCautions } from '../../components/filter-cautions'
import { OfflineState, waitingForNetwork } from '../../components/offline-state'
import { ListSkeleton } from '../../components/skeleton'
import { entityName } from '../../lib/entity-names'
import { withRange } from '../../lib/date-range'
import { resolveFeedFilter, toggleEntity, unreadableDates } from '../../lib/feed-filter'
import { formatNumber } from '../../lib/format'
import { CONTENT_LANGUAGE, useLanguage, useMessages } from '../../lib/i18n'
import { sharedMessages } from '../../lib/messages'
import { links } from '../../lib/links'
import { parseSearchState, searchListFilter, type SearchState } from '../../lib/search-params'
import { warmCache } from '../../lib/warm-cache'
import { searchMessages } from './messages'
import { ChoiceSwitch } from '../../components/choice-switch'
import { UnreadToggle } from '../../components/unread-toggle'
import { useUnreadOnly, withUnreadOnly } from '../../lib/unread-filter'
import { useNextTaskChoice } from '../../lib/next-task-choice'

/** Facets offered as filters on the results, most frequent first. */
const MAX_FACETS = 8

function knownIds(entities: Entity[] | undefined): ReadonlySet<string> | null {
  return entities ? new Set(entities.map((entity) => entity.id)) : null
}

/** Warms the first page of results; with ids in the URL, only once the directory has vouched for them. */
export function makeLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const state = parseSearchState(new URL(request.url).searchParams)
    if (state.q === '') return null
    const warm = async () => {
      const directory = queryClient.prefetchQuery(entityQueries.list())
      if (state.filter.entities.length > 0) await directory
      const known = knownIds(queryClient.getQueryData(entityQueries.list().queryKey))
      if (state.filter.entities.length > 0 && !known) return
      const { filter } = resolveFeedFilter(state.filter, known)
      await queryClient.prefetchInfiniteQuery(articleQueries.list(searchListFilter({ ...state, filter })))
    }
    await warmCache(warm())
    return null
  }
}

export function Component() {
  const t = useMessages(searchMessages)
  const [searchParams] = useSearchParams()
  const state = useMemo(() => parseSearchState(searchParams), [searchParams])
  return (
    <div className="mx-auto max-w-3xl">
      <title>{state.q ? t.pageTitle(state.q.slice(0, 60)) : t.emptyPageTitle}</title>
      <h1 tabIndex={-1} className="mb-4 font-serif text-3xl font-black tracking-tight outline-none sm:text-4xl">
        {t.title}
      </h1>
      {state.q === '' ? (
        <p className="text-ink-soft">{t.prompt}</p>
      ) : (
        <Results state={state} datesIgnored={unreadableDates(searchParams)} />
      )}
    </div>
  )
}

function Results({ state, datesIgnored }: { state: SearchState; datesIgnored: boolean }) {
  const t = useMessages(searchMessages)
  const shared = useMessages(sharedMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const navigation = useNavigation()
  const [unreadOnly] = useUnreadOnly()

  const directory = useQuery(entityQueries.list())
  const known = useMemo(() => knownIds(directory.data), [directory.data])
  const byId = useMemo(() => new Map((directory.data ?? []).map((entity) => [entity.id, entity])), [directory.data])
  const nameOf = (id: string) => {
    const entity = byId.get(id)
    return entity ? entityName(entity, language) : id
  }

  const { filter } = resolveFeedFilter(state.filter, known)
  const resolved = { ...state, filter }
  // An unknown id would be a 400: wait for the directory, unless it cannot be had.
  const idsCheckable = state.filter.entities.length === 0 || known !== null || directory.isError
  const query = useInfiniteQuery({
    ...articleQueries.list(searchListFilter(resolved)),
    placeholderData: keepPreviousData,
    enabled: idsCheckable,
    // A 400 for a query of stop words, asked once.
    ...ASKED_BY_THE_LOADER,
  })
  const { articles, hasMore, loadingMore, loadMore } = usePagedArticles(query)
  // New results render in the background (interruptible), so typing and clicks never wait for a list.
  const shown = useDeferredValue(articles)
  // The facets come with the list they describe, not a render before it (the list would then pop in below them).
  const shownFacets = useDeferredValue(query.isPlaceholderData ? undefined : query.data?.pages[0]?.facets)
  const firstPage = query.data?.pages[0]
  // The reader's latest choice shows at once, while the loader fetches its results.
  const pending =
    navigation.state === 'loading' && navigation.location.pathname === '/search'
      ? parseSearchState(new URLSearchParams(navigation.location.search))
      : null
  const chosen = pending ?? state
  const { filter: chosenFilter, unknown } = resolveFeedFilter(chosen.filter, known)
  const busy = pending !== null || query.isPlaceholderData || shown !== articles

  const go = (next: SearchState) =>
    void navigate(withUnreadOnly(links.search(next), unreadOnly), { preventScrollReset: true })
  const headingRef = useRef<HTMLHeadingElement>(null)

  const status =
    !firstPage || query.isPlaceholderData ? t.loadingResults : t.count(formatNumber(firstPage.total, language), state.q)

  const hint = query.error instanceof ApiError && query.error.status === 400 ? query.error : null

  return (
    <>
      <p role="status" aria-live="polite" aria-atomic="true" className="font-semibold text-ink-soft">
        <span lang={CONTENT_LANGUAGE}>{hint ? '' : status}</span>
      </p>
      {!hint && articles.length > 0 && firstPage?.suggestion && (
        <DidYouMean state={state} suggestion={firstPage.suggestion} />
      )}
      {!hint && (
        <div className="mt-4 flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <SortSwitch sort={chosen.sort} onChange={(sort) => go({ ...chosen, sort })} />
            <UnreadToggle />
          </div>
          {/* The date presets and the histogram load beside the results, as on the feed. */}
          <DateRangeSlot
            filter={searchListFilter({ ...chosen, filter: chosenFilter })}
            ready={idsCheckable}
            empty={query.isPlaceholderData || !firstPage ? undefined : firstPage.total === 0}
            onChange={(range) => go({ ...chosen, filter: withRange(chosenFilter, range) })}
          />
          <FilterCautions
            unknown={unknown}
            restApplies={chosenFilter.entities.length > 0}
            datesIgnored={datesIgnored}
          />
        </div>
      )}
      <div className="mt-5">
        {/* Here, not above the date panel: it comes with the results, in place of the skeleton, moving nothing. */}
        {!hint && (
          <FacetFilter
            key={state.q}
            selected={chosenFilter.entities}
            match={chosenFilter.match}
            facets={shownFacets}
            nameOf={nameOf}
            typeOf={(id) => byId.get(id)?.type}
            onToggle={(id) => go({ ...chosen, filter: toggleEntity(chosenFilter, id) })}
            onMatch={(match) => go({ ...chosen, filter: { ...chosenFilter, match } })}
          />
        )}
        {hint ? (
          <QueryHint error={hint} />
        ) : waitingForNetwork(query) || (!idsCheckable && waitingForNetwork(directory)) ? (
          <OfflineState headingLevel={2} body={shared.offlinePage} />
        ) : query.isPending || (shown.length === 0 && articles.length > 0) ? (
          <ListSkeleton label={t.loadingResults} />
        ) : query.isError && articles.length === 0 ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : articles.length === 0 ? (
          <div aria-busy={busy} className="rounded-xl border border-line bg-surface p-6">
            <h2 ref={headingRef} tabIndex={-1} className="font-semibold outline-none">
              <span lang={CONTENT_LANGUAGE}>
                {filter.entities.length > 0 ? t.noResultsFiltered(state.q) : t.noResults(state.q)}
              </span>
            </h2>
            {firstPage?.suggestion && <DidYouMean state={state} suggestion={firstPage.suggestion} />}
            <p className="mt-2 text-ink-soft">{t.emptyHelp}</p>
            <div className="mt-4 flex flex-wrap gap-3">
              {filter.entities.length > 0 && (
                <button
                  type="button"
                  className="btn-primary"
                  onClick={() => {
                    headingRef.current?.focus()
                    go({ ...state, filter: { entities: [], match: 'all' } })
                  }}
                >
                  {t.removeFilters}
                </button>
              )}
              <Link to="/" className="btn-secondary">
                {t.browseFeed}
              </Link>
            </div>
          </div>
        ) : (
          <>
            <ArticleList
              listKey={`search:${links.search(resolved)}`}
              label={t.resultsLabel}
              articles={shown}
              hasMore={hasMore}
              loadingMore={loadingMore}
              onLoadMore={loadMore}
              busy={busy}
              chipsFirst={filter.entities}
            />
            {query.isFetchNextPageError && (
              <div className="mt-4">
                <ErrorState error={query.error} onRetry={loadMore} />
              </div>
            )}
          </>
        )}
      </div>
    </>
  )
}

/** The API's spelling of the query ("Zelensky" for "Zelenski"), as a link to search for it. */
function DidYouMean({ state, suggestion }: { state: SearchState; suggestion: string }) {
  const t = useMessages(searchMessages)
  return (
    <p className="mt-3">
      {t.didYouMean}{' '}
      <Link
        to={links.search({ ...state, q: suggestion })}
        lang={CONTENT_LANGUAGE}
        className="font-semibold text-brand underline underline-offset-4"
      >
        {suggestion}
      </Link>
    </p>
  )
}

/** The API's 400 as advice on what to type instead, never as a broken page. */
function QueryHint({ error }: { error: ApiError }) {
  const t = useMessages(searchMessages)
  const language = useLanguage()
  const advice =
    error.code === 'query_too_long'
      ? t.hintTooLong(formatNumber(MAX_QUERY_CODE_POINTS, language))
      : error.code === 'no_search_words'
        ? t.hintStopWords
        : t.hintOther
  return (
    <div className="rounded-xl border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <h2 className="font-semibold">{t.hintTitle}</h2>
      <p className="mt-1">{advice}</p>
    </div>
  )
}

function SortSwitch({ sort: current, onChange }: { sort: ArticleSort; onChange: (sort: ArticleSort) => void }) {
  const t = useMessages(searchMessages)
  const [sort, choose] = useNextTaskChoice(current, onChange)
  const options = [
    ['relevance', t.sortRelevance],
    ['newest', t.sortNewest],
  ] as const
  return <ChoiceSwitch label={t.sortLabel} options={options} value={sort} onChange={choose} />
}

type FacetFilterProps = {
  selected: string[]
  match: MatchMode
  facets: { entityId: string; count: number }[] | undefined
  nameOf: (id: string) => string
  typeOf: (id: string) => Entity['type'] | undefined
  onToggle: (id: string) => void
  onMatch: (match: MatchMode) => void
}

/** The leaders and countries the results mention, as toggles; the chosen ones stay even when not among them. */
function FacetFilter({ selected, match, facets, nameOf, typeOf, onToggle, onMatch }: FacetFilterProps) {
  const t = useMessages(searchMessages)
  const language = useLanguage()
  const labelId = useId()
  const counts = new Map((facets ?? []).map((facet) => [facet.entityId, facet.count]))
  const offered = [
    ...selected,
    ...(facets ?? [])
      .filter((facet) => facet.count > 0 && !selected.includes(facet.entityId))
      .slice(0, MAX_FACETS)
      .map((facet) => facet.entityId),
  ]
  // A chip keeps the place it was first shown in, for as long as the query stays (the component is keyed by
  // it): a chosen one moving to the front put another chip under the reader's finger. New chips join the end.
  const [placed, setPlaced] = useState<string[]>([])
  const arrived = offered.filter((id) => !placed.includes(id))
  if (arrived.length > 0) setPlaced([...placed, ...arrived])
  const shown = [...placed, ...arrived].filter((id) => offered.includes(id))
  if (shown.length === 0) return null
  return (
    <div role="group" aria-labelledby={labelId} className="mb-4 flex flex-wrap items-center gap-2">
      <span id={labelId} className="text-sm text-ink-soft">
        {t.filterLabel}
      </span>
      <ul className="flex flex-wrap gap-1.5">
        {shown.map((id) => {
          const count = counts.get(id)
          return (
            <li key={id}>
              <button
                type="button"
                aria-pressed={selected.includes(id)}
                data-type={typeOf(id)}
                onClick={() => onToggle(id)}
                className="chip cursor-pointer gap-1.5 ring-1 ring-line hover:no-underline hover:ring-ink-soft aria-pressed:ring-2 aria-pressed:ring-ink"
              >
                {nameOf(id)}
                {count !== undefined && <span className="text-xs opacity-80">{formatNumber(count, language)}</span>}
              </button>
            </li>
          )
        })}
      </ul>
      {selected.length > 1 && (
        <div className="flex items-center gap-1 text-sm">
          {(['all', 'any'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={match === value}
              onClick={() => onMatch(value)}
              className="rounded-full px-2.5 py-1 font-semibold text-ink-soft ring-1 ring-line aria-pressed:bg-ink aria-pressed:text-canvas"
            >
              {value === 'all' ? t.matchAll : t.matchAny}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
