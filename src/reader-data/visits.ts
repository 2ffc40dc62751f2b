// The visits kind: per list (`following`, `feed`, `entity:<id>`), when the
// reader's previous visit and the current one began, and when they left it.
// An article published after the previous visit is new. The mark moves when
// the reader leaves the list, not when it loads: a reload, or coming back to
// the tab, resumes the same visit (docs/decisions/019-follows-and-visits.md).
import * as z from 'zod/mini'
import {
  createKindStore,
  readSide,
  type Change,
  type KindDefinition,
  type KindState,
  type KindStoreOptions,
} from './kind-store'

const Time = z.nullable(z.iso.datetime({ offset: true }))
const Visit = z.object({ previous: Time, current: Time, left: Time })
export type Visit = z.infer<typeof Visit>
export type Visits = Readonly<Record<string, Visit>>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const visitsKind: KindDefinition<Visits> = {
  name: 'visits',
  version: 1,
  empty: {},
  read(data) {
    if (!isRecord(data)) return null
    const value: Record<string, Visit> = {}
    let invalid = 0
    for (const [key, item] of Object.entries(data)) {
      const parsed = Visit.safeParse(item)
      if (parsed.success) value[key] = parsed.data
      else invalid += 1
    }
    return { value, invalid }
  },
  count: (value) => Object.keys(value).length,
}

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null || Date.parse(a) >= Date.parse(b) ? a : b

/** Articles published after this are new to the reader (null: never visited, nothing is new). */
export function seenUntil(visit: Visit | undefined): string | null {
  if (!visit) return null
  return visit.left === null ? visit.previous : later(visit.previous, visit.current)
}

const set =
  (key: string, next: (visit: Visit | undefined) => Visit | undefined): Change<Visits> =>
  (current) => {
    const visit = current[key]
    const changed = next(visit)
    return changed === visit || changed === undefined ? current : { ...current, [key]: changed }
  }

/**
 * The reader opens the list. `resume`: the same visit goes on (a reload, the tab shown again). Otherwise a new
 * visit begins, also over a visit still open: a page that closes may not get to store that it left. The same
 * entry applied again (merge on write) changes nothing: it is known by its time.
 */
const enter = (key: string, now: string, resume: boolean) =>
  set(key, (visit) => {
    if (!visit) return { previous: null, current: now, left: null }
    if (visit.current === now || (resume && visit.current !== null)) {
      return visit.left === null ? visit : { ...visit, left: null }
    }
    return { previous: later(visit.previous, visit.current), current: now, left: null }
  })

const leave = (key: string, now: string) =>
  set(key, (visit) => (visit && visit.current !== null && visit.left === null ? { ...visit, left: now } : visit))

const markSeen = (key: string, now: string) =>
  set(key, (visit) => {
    if (!visit) return { previous: now, current: now, left: null }
    return visit.previous !== null && Date.parse(visit.previous) >= Date.parse(now)
      ? visit
      : { ...visit, previous: now }
  })

export type VisitAction = 'seen'
export type VisitState = KindState<Visits, VisitAction>

export function createVisitStore(
  options: KindStoreOptions & {
    /** This document was loaded by a reload: the first list entered resumes the visit the reload interrupted. */
    reloaded?: boolean
  },
) {
  const store = createKindStore<Visits, VisitAction>(visitsKind, options)
  const now = () => options.now().toISOString()
  let reloaded = options.reloaded ?? false
  return {
    ...readSide(store),
    // Entering and leaving happen without the reader asking: a failure is not reported (the marks stay where they were).
    async enter(key: string, { resume = false } = {}) {
      const again = resume || reloaded
      reloaded = false
      return (await store.change(enter(key, now(), again), 'seen', { quiet: true })).ok
    },
    leave: async (key: string) => (await store.change(leave(key, now()), 'seen', { quiet: true })).ok,
    /** "Tandai semua sudah dilihat": nothing published until now is new any more. */
    markAllSeen: async (key: string) => (await store.change(markSeen(key, now()), 'seen')).ok,
  }
}
