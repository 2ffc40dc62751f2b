// The feed's filter lives in the URL (`/?entity=a&entity=b&match=any&from=2025-08-01&to=2025-08-12`). This
// one schema parses it for the route loader and the components alike, and the
// helpers below are the only way the app writes it back.
import * as z from 'zod/mini'
import type { FeedFilter } from '../api/articles'
import { MatchMode, SLUG_MAX_LENGTH, SLUG_PATTERN } from '../api/schemas'

const MAX_ENTITIES = 20

// Ids are kept as typed (in order, once each) so that an unknown one can be named
// to the reader; resolveFeedFilter decides which of them the API is asked about.
const FilterParams = z.object({
  entities: z.pipe(
    z.array(z.string()),
    z.transform((ids: string[]) =>
      [...new Set(ids.map((id) => id.trim().slice(0, SLUG_MAX_LENGTH)).filter(Boolean))].slice(0, MAX_ENTITIES),
    ),
  ),
  match: z.catch(MatchMode, 'all'),
})

/** A real calendar date as YYYY-MM-DD, else undefined (a malformed date in a link is dropped, not an error). */
function isoDay(raw: string | null): string | undefined {
  if (raw === null || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined
  const time = Date.parse(`${raw}T00:00:00Z`)
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(raw) ? raw : undefined
}

/** A from or to in the URL that is not a day (`2025-13-40`, `abc`): parseFeedFilter leaves it out, the page says so. */
export function unreadableDates(search: URLSearchParams): boolean {
  return ['from', 'to'].some((name) => {
    const raw = search.get(name)
    return raw !== null && raw !== '' && isoDay(raw) === undefined
  })
}

export function parseFeedFilter(search: URLSearchParams): FeedFilter {
  const filter: FeedFilter = FilterParams.parse({
    entities: search.getAll('entity'),
    match: search.get('match') ?? 'all',
  })
  let from = isoDay(search.get('from'))
  let to = isoDay(search.get('to'))
  // A reversed range is read as the reader meant it.
  if (from && to && from > to) [from, to] = [to, from]
  return { ...filter, ...(from && { from }), ...(to && { to }) }
}

export type ResolvedFeedFilter = {
  /** What the API is asked for: only ids it knows. */
  filter: FeedFilter
  /** Ids from the URL that name no leader or country, in URL order. */
  unknown: string[]
}

/**
 * Splits the URL's ids into known and unknown. The API answers an unknown id
 * with a 400, so unknown ones are dropped (and named to the reader) and the rest
 * still apply. Without the directory (`known` null) only malformed ids are dropped.
 */
export function resolveFeedFilter(filter: FeedFilter, known: ReadonlySet<string> | null): ResolvedFeedFilter {
  const kept: string[] = []
  const unknown: string[] = []
  for (const id of filter.entities) {
    if (SLUG_PATTERN.test(id) && (known === null || known.has(id))) kept.push(id)
    else unknown.push(id)
  }
  const dates = { ...(filter.from && { from: filter.from }), ...(filter.to && { to: filter.to }) }
  return { filter: { entities: kept, match: filter.match, ...dates }, unknown }
}

export function feedFilterSearch(filter: FeedFilter): string {
  const params = new URLSearchParams()
  for (const id of filter.entities) params.append('entity', id)
  if (filter.match !== 'all' && filter.entities.length > 0) params.set('match', filter.match)
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** Adds the id at the end (it becomes "the last filter"), or removes it. */
export function toggleEntity(filter: FeedFilter, id: string): FeedFilter {
  return filter.entities.includes(id) ? removeEntity(filter, id) : { ...filter, entities: [...filter.entities, id] }
}

export function removeEntity(filter: FeedFilter, id: string): FeedFilter {
  return { ...filter, entities: filter.entities.filter((other) => other !== id) }
}

export function withoutDates({ from: _from, to: _to, ...filter }: FeedFilter): FeedFilter {
  return filter
}

export function withMatch(filter: FeedFilter, match: FeedFilter['match']): FeedFilter {
  return { ...filter, match }
}
