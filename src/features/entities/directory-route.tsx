import type { QueryClient } from '@tanstack/react-query'
import { warmCache } from '../../lib/warm-cache'
import { useQuery } from '@tanstack/react-query'
import { Activity, memo, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { FollowButton } from '../../components/follow-button'
import { entityQueries } from '../../api/entities'
import type { Entity } from '../../api/schemas'
import { OfflineState, waitingForNetwork } from '../../components/offline-state'
import { SearchField } from '../../components/search-field'
import { ChoiceSwitch } from '../../components/choice-switch'
import { ErrorState } from '../../components/error-state'
import { entityName, entityRole } from '../../lib/entity-names'
import { Flag } from './flag'
import { useLanguage, useMessages } from '../../lib/i18n'
import { sharedMessages } from '../../lib/messages'
import { groupByCountry, type CountryGroup } from './group-by-country'
import { mapMessages } from './map-messages'
import { entityMessages } from './messages'
import { links } from '../../lib/links'
import { sparingData } from '../../lib/data-saver'

// The map and its shapes load only when the map is shown, once. Not React.lazy: lazy suspends even for a module
// already loaded, and a boundary that showed its fallback holds it for React's 300 ms reveal throttle.
let worldMapModule: Promise<void> | undefined
let LoadedWorldMap: typeof import('./world-map').WorldMap | undefined
const loadWorldMap = () =>
  (worldMapModule ??= import('./world-map').then(
    (module) => {
      LoadedWorldMap = module.WorldMap
    },
    (reason: unknown) => {
      // Asked again on the next intent or switch (a prefetch that failed must not keep the map from loading).
      worldMapModule = undefined
      throw reason
    },
  ))

/** After the reader switches to the map, how long the page may stay as it was before the placeholder shows. */
const QUIET_MS = 100

/**
 * The map, or its box while its module loads (the same size: nothing below moves when it comes). Just after
 * the reader switches to it, nothing for up to QUIET_MS: a module already there is then drawn in the same frame
 * as the page's shift, not in a second one after the placeholder's.
 */
function MapSlot({ countries, switched }: { countries: Entity[] | undefined; switched: boolean }) {
  const tm = useMessages(mapMessages)
  const [, setLoaded] = useState(false)
  const [waited, setWaited] = useState(!switched)
  const [error, setError] = useState<unknown>()
  useEffect(() => {
    if (LoadedWorldMap) return
    let current = true
    loadWorldMap().then(
      () => current && setLoaded(true),
      (reason: unknown) => current && setError(reason),
    )
    const timer = setTimeout(() => current && setWaited(true), QUIET_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [])
  // A chunk that failed to load goes to the route's error page (which reloads once for a new build).
  if (error) throw error
  if (countries && LoadedWorldMap) {
    return (
      <div className="mt-3">
        <LoadedWorldMap countries={countries} />
      </div>
    )
  }
  return waited ? (
    <div className="mt-3">
      <MapPlaceholder label={tm.loading} />
    </div>
  ) : null
}

// Below this width the map's smaller countries are too small to pick: the list is the default there.
const MAP_FITS = '(min-width: 40rem)'
const subscribeToWidth = (onChange: () => void) => {
  const query = globalThis.matchMedia?.(MAP_FITS)
  query?.addEventListener?.('change', onChange)
  return () => query?.removeEventListener?.('change', onChange)
}
const mapFits = () => globalThis.matchMedia?.(MAP_FITS).matches ?? true

/** Warms the directory (one small request, cached for the feed's panel too). */
export function makeLoader(queryClient: QueryClient) {
  return async () => {
    await warmCache(queryClient.prefetchQuery(entityQueries.list()))
    return null
  }
}

export function Component() {
  const shared = useMessages(sharedMessages)
  const t = useMessages(entityMessages)
  const tm = useMessages(mapMessages)
  const directory = useQuery(entityQueries.list())
  const [query, setQuery] = useState('')
  const fits = useSyncExternalStore(subscribeToWidth, mapFits, () => true)
  // The reader's choice is in the URL (`?view=map`), so a shared link and reload keep it. The switch shows at once
  // from this state; the URL follows once the map is drawn: a navigation re-renders every link of the app, which
  // at 4× CPU took most of the map's first 800 ms. A navigation to the page (a new location key) reads the URL.
  const [searchParams, setSearchParams] = useSearchParams()
  const location = useLocation()
  const [chosen, setChosen] = useState<{ key: string; view: View }>()
  // The URL following an earlier choice is a navigation too (a new key), not one to the page: a choice made since,
  // before it landed (Daftar, then Peta at once), stays.
  const followedFrom = (location.state as { viewFollowsFrom?: string } | null)?.viewFollowsFrom
  if (chosen && chosen.key !== location.key && chosen.key === followedFrom) {
    setChosen({ key: location.key, view: chosen.view })
  }
  const urlView = searchParams.get('view')
  const locationKey = location.key
  const pendingView = chosen?.key === locationKey ? chosen.view : undefined
  const view: View = pendingView ?? (urlView === 'map' || urlView === 'list' ? urlView : fits ? 'map' : 'list')
  const setView = (next: View) => {
    // Asked for at once: the module is on its way while React renders the switch.
    if (next === 'map') void loadWorldMap().catch(() => undefined)
    setChosen({ key: location.key, view: next })
  }
  useEffect(() => {
    if (!pendingView || pendingView === urlView) return
    let current = true
    let cancel = () => {}
    // Once the map's first frame is on screen (the second animation frame from now comes after it) and the browser
    // is idle, so the navigation's render of every link neither holds up drawing the map nor comes between it and
    // its paint.
    const write = () => {
      if (!current) return
      const update = () =>
        setSearchParams(
          { view: pendingView },
          { replace: true, preventScrollReset: true, state: { viewFollowsFrom: locationKey } },
        )
      let id = requestAnimationFrame(() => {
        id = requestAnimationFrame(() => {
          if (window.requestIdleCallback) {
            const idle = window.requestIdleCallback(update, { timeout: 1000 })
            cancel = () => window.cancelIdleCallback(idle)
          } else {
            const timer = window.setTimeout(update)
            cancel = () => window.clearTimeout(timer)
          }
        })
      })
      cancel = () => cancelAnimationFrame(id)
    }
    if (pendingView === 'map') loadWorldMap().then(write, () => undefined)
    else write()
    return () => {
      current = false
      cancel()
    }
  }, [pendingView, urlView, setSearchParams, locationKey])
  // On the reader's intent to switch (the pointer over the switch; not a Tab passing through it, and never with
  // data saver on), the map's module is asked for, and once it is there the map is drawn hidden, when the page is
  // idle (<Activity>): "Peta" then only shows it. Kept, hidden, when the reader goes back to the list.
  const [prepared, setPrepared] = useState(false)
  const prepare = () => {
    if (!prepared && !sparingData())
      loadWorldMap().then(
        () => setPrepared(true),
        () => undefined,
      )
  }
  const countries = useMemo(() => (directory.data ?? []).filter((e) => e.type === 'country'), [directory.data])
  const groups = useMemo(() => groupByCountry(directory.data ?? [], query), [directory.data, query])
  const searching = query.trim() !== ''
  const countryCount = groups.filter((group) => group.country !== null).length
  const peopleCount = groups.reduce((sum, group) => sum + group.people.length, 0)

  return (
    <div>
      <title>{`${t.directoryTitle} · Warta`}</title>
      <h1 tabIndex={-1} className="font-serif text-3xl font-black tracking-tight outline-none sm:text-4xl">
        {t.directoryTitle}
      </h1>
      <p className="mt-2 max-w-prose text-ink-soft">{t.directoryIntro}</p>

      {/* Not a control (the radios inside are): the pointer over it only says the reader may switch. */}
      <div className="mt-4" onPointerOver={prepare}>
        <ChoiceSwitch
          label={tm.view}
          options={[
            ['map', tm.map],
            ['list', tm.list],
          ]}
          value={view}
          onChange={setView}
        />
      </div>
      {(view === 'map' || prepared) && (
        <Activity mode={view === 'map' ? 'visible' : 'hidden'}>
          <MapSlot countries={directory.data && countries} switched={pendingView === 'map'} />
        </Activity>
      )}

      <SearchField
        label={t.searchLabel}
        value={query}
        onChange={setQuery}
        placeholder={t.searchPlaceholder}
        className="mt-5 max-w-md"
      />
      <p role="status" className="mt-2 min-h-6 text-sm text-ink-soft">
        {searching && directory.data
          ? groups.length === 0
            ? t.noMatches(query.trim())
            : t.searchResults(countryCount, peopleCount)
          : ''}
      </p>

      {waitingForNetwork(directory) ? (
        <div className="mt-6">
          <OfflineState headingLevel={2} body={shared.offlinePage} />
        </div>
      ) : directory.isPending ? (
        <p role="status" className="mt-6 text-ink-soft">
          {t.loading}
        </p>
      ) : directory.isError ? (
        <div className="mt-6">
          <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />
        </div>
      ) : (
        <Groups groups={groups} />
      )}
    </div>
  )
}

type View = 'map' | 'list'

/** The list, kept out of the view switch's render (its cards do not change with it). */
const Groups = memo(function Groups({ groups }: { groups: CountryGroup[] }) {
  return (
    <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {groups.map((group) => (
        <GroupCard key={group.country?.id ?? 'none'} group={group} />
      ))}
    </div>
  )
})

/** The map's box before it comes, the same size, so nothing below it moves. */
function MapPlaceholder({ label }: { label: string }) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex aspect-[960/430] w-full items-center justify-center rounded-xl border border-line bg-surface text-ink-soft">
        {label}
      </div>
      <div className="min-h-14" />
    </div>
  )
}

function GroupCard({ group }: { group: CountryGroup }) {
  const t = useMessages(entityMessages)
  const language = useLanguage()
  const headingId = useId()
  const { country } = group
  return (
    <section aria-labelledby={headingId} className="card flex flex-col p-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={headingId} className="flex min-w-0 items-baseline gap-2 font-serif text-xl font-bold">
          {country ? (
            <>
              <Flag code={country.code} />
              <Link to={links.entity(country.id)} className="underline-offset-4 hover:underline">
                {entityName(country, language)}
              </Link>
            </>
          ) : (
            t.noCountry
          )}
        </h2>
        {country && (
          <span className="flex shrink-0 items-center gap-2">
            <span className="text-sm text-ink-soft tabular-nums">{t.articleCount(country.articleCount)}</span>
            <FollowButton id={country.id} name={entityName(country, language)} size="small" />
          </span>
        )}
      </div>
      {group.people.length > 0 && (
        <ul
          aria-label={country ? t.leadersOf(entityName(country, language)) : t.noCountry}
          className="mt-3 flex flex-col divide-y divide-line border-t border-line"
        >
          {group.people.map((person) => (
            <PersonRow key={person.id} person={person} />
          ))}
        </ul>
      )}
    </section>
  )
}

function PersonRow({ person }: { person: Entity }) {
  const t = useMessages(entityMessages)
  const language = useLanguage()
  const role = entityRole(person, language)
  return (
    <li className="flex items-center justify-between gap-3 py-2">
      <div className="min-w-0">
        <Link to={links.entity(person.id)} className="font-semibold underline-offset-4 hover:underline">
          {entityName(person, language)}
        </Link>
        {role && <p className="truncate text-sm text-ink-soft">{role}</p>}
      </div>
      <span className="flex shrink-0 items-center gap-2">
        <span className="text-sm text-ink-soft tabular-nums">{t.articleCount(person.articleCount)}</span>
        <FollowButton id={person.id} name={entityName(person, language)} size="small" />
      </span>
    </li>
  )
}
