import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useRef } from 'react'
import { useNavigate, useNavigation, useSearchParams } from 'react-router'
import type { FeedFilter } from '../../api/articles'
import { entityQueries } from '../../api/entities'
import type { Entity } from '../../api/schemas'
import { entityName } from '../../lib/entity-names'
import { parseFeedFilter, resolveFeedFilter, unreadableDates } from '../../lib/feed-filter'
import { useLanguage } from '../../lib/i18n'
import { links } from '../../lib/links'
import { isUnreadOnly, withUnreadOnly } from '../../lib/unread-filter'

export function knownIds(entities: Entity[] | undefined): ReadonlySet<string> | null {
  return entities ? new Set(entities.map((entity) => entity.id)) : null
}

/**
 * The feed's filter: the one in the URL (whose results are on screen), the one
 * the reader has just chosen (while the loader fetches it), names for its ids,
 * and `go` to choose another.
 */
export function useFeedFilter() {
  const language = useLanguage()
  const navigate = useNavigate()
  const navigation = useNavigation()
  const [searchParams] = useSearchParams()

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

  const committed = useMemo(() => resolveFeedFilter(parseFeedFilter(searchParams), known), [searchParams, known])
  const datesIgnored = useMemo(() => unreadableDates(searchParams), [searchParams])
  const pendingSearch =
    navigation.state === 'loading' && navigation.location.pathname === links.home ? navigation.location.search : null
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

  // The results' top: the sidebar is sticky, so a reader deep in the list sees new results from their top.
  const resultsRef = useRef<HTMLDivElement>(null)
  const go = useCallback(
    (next: FeedFilter) => {
      const top = resultsRef.current?.getBoundingClientRect().top ?? 0
      if (top < 0) window.scrollTo({ top: window.scrollY + top - 96 })
      return navigate(withUnreadOnly(links.feed(next), isUnreadOnly(searchParams)), { preventScrollReset: true })
    },
    [navigate, searchParams],
  )

  return {
    directory,
    byId,
    nameOf,
    committed,
    datesIgnored,
    chosen,
    changing: pendingSearch !== null,
    idsCheckable,
    resultsRef,
    go,
  }
}
