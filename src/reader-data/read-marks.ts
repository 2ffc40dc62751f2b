// The read-marks kind: which articles the reader has read, and when. Cards ask
// it on every list, and a reader can gather tens of thousands, so it lives in
// memory as Maps (a card's question is one lookup) and is stored as a list of
// [slug, time] pairs. docs/decisions/020-read-state-and-positions.md.
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../api/schemas'
import { createKindStore, readSide, type KindDefinition, type KindStoreOptions } from './kind-store'

/** Beyond this many marks the oldest are dropped (a little later, in one go). */
export const MAX_READ_MARKS = 50_000
const CAP_SLACK = 1_000

/**
 * Slug → when it was read (epoch ms), immutable from outside. Marks are only ever added, so values share one
 * append-only log: a value sees its first `count` entries, and `with` on the newest value appends in place (O(1)).
 * Only a value that is not the newest (after a write was rolled back) copies the log first.
 */
export class ReadMarks {
  static readonly empty = ReadMarks.of([])

  private constructor(
    private readonly log: [string, number][],
    /** slug → its index in `log`. */
    private readonly index: Map<string, number>,
    private readonly count: number,
  ) {}

  static of(entries: Iterable<readonly [string, number]>): ReadMarks {
    const log: [string, number][] = []
    const index = new Map<string, number>()
    for (const [slug, time] of entries) {
      if (index.has(slug)) continue
      index.set(slug, log.length)
      log.push([slug, time])
    }
    // Oldest first: beyond the cap the first ones go.
    return log.length > MAX_READ_MARKS
      ? ReadMarks.of(log.slice(-MAX_READ_MARKS))
      : new ReadMarks(log, index, log.length)
  }

  get size(): number {
    return this.count
  }

  has(slug: string): boolean {
    const at = this.index.get(slug)
    return at !== undefined && at < this.count
  }

  /** Marks `slug` read at `time`; this value itself when it already is. */
  with(slug: string, time: number): ReadMarks {
    if (this.has(slug)) return this
    if (this.log.length > this.count) {
      // The same change applied again to the same value (on screen, then for storage): share what it appended.
      if (this.log[this.count]![0] === slug) return new ReadMarks(this.log, this.index, this.count + 1)
      return ReadMarks.of(this.entries()).with(slug, time)
    }
    if (this.count >= MAX_READ_MARKS + CAP_SLACK) return ReadMarks.of([...this.entries(), [slug, time]])
    this.index.set(slug, this.count)
    this.log.push([slug, time])
    return new ReadMarks(this.log, this.index, this.count + 1)
  }

  /** Oldest first (the order they were marked in). */
  entries(): [string, number][] {
    return this.log.slice(0, this.count)
  }
}

/** An article's slug, as the API's schema has it. */
const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)

/** A [slug, epoch ms] pair. Checked by hand: zod's tuple would weigh on the first visit for two typeofs. */
const isMark = (item: unknown): item is [string, number] =>
  Array.isArray(item) && item.length === 2 && isSlug(item[0]) && Number.isFinite(item[1])

const readMarksKind: KindDefinition<ReadMarks> = {
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
    ...readSide(store),
    /** Marks an article read (nothing when it already is). True once stored. */
    markRead: async (slug: string) => {
      if (store.getState().value.has(slug)) return true
      const time = options.now().getTime()
      return (await store.change((current) => current.with(slug, time), 'markRead')).ok
    },
  }
}
