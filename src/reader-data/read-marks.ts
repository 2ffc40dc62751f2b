// The read-marks kind: which articles the reader has read, and when. Cards ask
// it on every list, and a reader can gather tens of thousands, so it lives in
// memory as Maps (a card's question is one lookup) and is stored as a list of
// [slug, time] pairs. docs/decisions/020-read-state-and-positions.md.
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../api/schemas'
import { createKindStore, type KindDefinition, type KindStoreOptions } from './kind-store'

/** Beyond this many marks the oldest are dropped (when the recent marks are next folded in). */
export const MAX_READ_MARKS = 50_000
/** Marks added since the last compaction: `with` copies only these, so marking one is cheap at any size. */
const RECENT_MAX = 128

/** Slug → when it was read (epoch ms). Immutable: `with` returns a new value sharing the big part with this one. */
export class ReadMarks {
  static readonly empty = new ReadMarks(new Map(), new Map())

  private constructor(
    private readonly base: ReadonlyMap<string, number>,
    /** Never holds a slug of `base`. */
    private readonly recent: ReadonlyMap<string, number>,
  ) {}

  static of(entries: Iterable<readonly [string, number]>): ReadMarks {
    const base = new Map<string, number>()
    for (const [slug, time] of entries) if (!base.has(slug)) base.set(slug, time)
    return new ReadMarks(capped(base), new Map())
  }

  get size(): number {
    return this.base.size + this.recent.size
  }

  has(slug: string): boolean {
    return this.recent.has(slug) || this.base.has(slug)
  }

  /** Marks `slug` read at `time`; this value itself when it already is. */
  with(slug: string, time: number): ReadMarks {
    if (this.has(slug)) return this
    if (this.recent.size < RECENT_MAX) return new ReadMarks(this.base, new Map(this.recent).set(slug, time))
    const base = new Map(this.base)
    for (const [other, at] of this.recent) base.set(other, at)
    return new ReadMarks(capped(base.set(slug, time)), new Map())
  }

  /** Oldest first (the order they were marked in). */
  entries(): [string, number][] {
    return [...this.base, ...this.recent]
  }
}

/** Maps keep insertion order, which is the order of reading: the first entries are the oldest. */
function capped(marks: Map<string, number>): Map<string, number> {
  for (const slug of marks.keys()) {
    if (marks.size <= MAX_READ_MARKS) break
    marks.delete(slug)
  }
  return marks
}

/** An article's slug, as the API's schema has it. */
const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)

/** A [slug, epoch ms] pair. Checked by hand: zod's tuple would weigh on the first visit for two typeofs. */
const isMark = (item: unknown): item is [string, number] =>
  Array.isArray(item) && item.length === 2 && isSlug(item[0]) && Number.isFinite(item[1])

export const readMarksKind: KindDefinition<ReadMarks> = {
  name: 'readMarks',
  version: 1,
  empty: ReadMarks.empty,
  read(data) {
    if (!Array.isArray(data)) return null
    const valid: [string, number][] = []
    for (const item of data) if (isMark(item)) valid.push(item)
    return { value: ReadMarks.of(valid), invalid: data.length - valid.length }
  },
  write: (value) => value.entries(),
  count: (value) => value.size,
  merge(current, incoming) {
    let next = current
    for (const [slug, time] of incoming.entries()) next = next.with(slug, time)
    return next
  },
}

export type ReadMarksStore = ReturnType<typeof createReadMarksStore>

export function createReadMarksStore(options: KindStoreOptions) {
  const store = createKindStore<ReadMarks, 'markRead'>(readMarksKind, options)
  return {
    ready: store.ready,
    getState: store.getState,
    subscribe: store.subscribe,
    dismissProblem: store.dismissProblem,
    dismissFailure: store.dismissFailure,
    dispose: store.dispose,
    about: store.about,
    /** Marks an article read (nothing when it already is). True once stored. */
    markRead: async (slug: string) => {
      if (store.getState().value.has(slug)) return true
      const time = options.now().getTime()
      return (await store.change((current) => current.with(slug, time), 'markRead')).ok
    },
  }
}
