// What the reader follows and what is new about it: the one place the nav
// count and the following page get the followed ids, the visit mark new
// articles are counted from, and the counts (GET /api/counts).
import { useQuery } from '@tanstack/react-query'
import { countQueries } from '../api/counts'
import { useFollowState, useVisitState } from '../reader-data/reader-data'
import { seenUntil } from '../reader-data/visits'

/** The visit key of the following page. */
export const FOLLOWING_LIST = 'following'

/** The visit key of an entity's page. */
const entityList = (id: string) => `entity:${id}`

/** Over this, a count says "99+". */
const COUNT_CAP = 99
export const cappedCount = (count: number, format: (value: number) => string) =>
  count > COUNT_CAP ? `${format(COUNT_CAP)}+` : format(count)

/**
 * The followed ids (as the reader sees them), the instant after which an article is new (the previous visit of the
 * following page; before any visit, the first follow, and then `sinceVisit` is false), and the new counts once known.
 */
export function useFollowingNews() {
  const follows = useFollowState()
  const visits = useVisitState()
  const ids = follows.value.map((follow) => follow.id)
  const ready = follows.status === 'ready' && visits.status === 'ready'
  const firstFollow = follows.value.reduce<string | null>(
    (first, follow) => (first === null || follow.followedAt < first ? follow.followedAt : first),
    null,
  )
  const seen = ready ? seenUntil(visits.value[FOLLOWING_LIST]) : null
  const since = ready ? (seen ?? firstFollow) : null
  const counts = useQuery({ ...countQueries.since(ids, since ?? ''), enabled: ids.length > 0 && since !== null })
  return {
    ready,
    follows: follows.value,
    ids,
    since,
    sinceVisit: seen !== null,
    counts: ids.length > 0 ? counts.data : undefined,
  }
}

/**
 * On the page of a followed entity: its visit key, and the instant after which its articles are new (the previous
 * visit of that page; before any, the follow). Visits of entities the reader does not follow are not kept.
 */
export function useEntityNews(id: string): { visitKey: string | null; since: string | null } {
  const follows = useFollowState()
  const visits = useVisitState()
  const follow = follows.stored.find((item) => item.id === id)
  if (!follow) return { visitKey: null, since: null }
  const visitKey = entityList(id)
  const ready = follows.status === 'ready' && visits.status === 'ready'
  return { visitKey, since: ready ? (seenUntil(visits.value[visitKey]) ?? follow.followedAt) : null }
}
