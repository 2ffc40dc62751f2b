// The reading-positions kind: where the reader stopped in an article (the
// paragraph) and how far they got (the furthest fraction of the body seen).
// Capped: the positions of the articles read longest ago are dropped.
import * as z from 'zod/mini'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../api/schemas'
import { createKindStore, readSide, type KindDefinition, type KindStoreOptions } from './kind-store'

export const MAX_POSITIONS = 300

const Position = z.object({
  slug: z.string().check(z.regex(SLUG_PATTERN), z.maxLength(SLUG_MAX_LENGTH)),
  /** The index, among the body's blocks, of the paragraph at the top of the screen. */
  block: z.int().check(z.nonnegative()),
  /** The furthest part of the body the reader has seen, 0 to 1. */
  fraction: z.number().check(z.gte(0), z.lte(1)),
  /** When, in epoch ms. */
  at: z.number(),
})
export type Position = z.infer<typeof Position>

/** Newest first, one per slug. */
export type Positions = readonly Position[]

const byNewest = (a: Position, b: Position) => b.at - a.at

const positionsKind: KindDefinition<Positions> = {
  name: 'positions',
  version: 1,
  empty: [],
  read(data) {
    if (!Array.isArray(data)) return null
    const seen = new Set<string>()
    const value: Position[] = []
    for (const item of data) {
      const parsed = Position.safeParse(item)
      if (parsed.success && !seen.has(parsed.data.slug)) {
        seen.add(parsed.data.slug)
        value.push(parsed.data)
      }
    }
    return { value: value.sort(byNewest).slice(0, MAX_POSITIONS), invalid: data.length - value.length }
  },
  count: (value) => value.length,
  merge(current, incoming) {
    const bySlug = new Map(current.map((position) => [position.slug, position]))
    let changed = false
    for (const position of incoming) {
      const existing = bySlug.get(position.slug)
      if (!existing || existing.at < position.at) {
        bySlug.set(position.slug, position)
        changed = true
      }
    }
    return changed ? [...bySlug.values()].sort(byNewest).slice(0, MAX_POSITIONS) : current
  },
}

export type PositionsStore = ReturnType<typeof createPositionsStore>

export function createPositionsStore(options: KindStoreOptions) {
  const store = createKindStore<Positions, 'remember'>(positionsKind, options)
  return {
    ...readSide(store),
    get: (slug: string): Position | undefined => store.getState().value.find((position) => position.slug === slug),
    /** Remembers where the reader is; the fraction kept is the furthest seen. Quiet: the reader did not ask for it. */
    remember: async (slug: string, block: number, fraction: number) => {
      const at = options.now().getTime()
      const change = (current: Positions): Positions => {
        const existing = current.find((position) => position.slug === slug)
        const furthest = Math.min(1, Math.max(existing?.fraction ?? 0, fraction))
        if (existing && existing.block === block && existing.fraction === furthest) return current
        const next = { slug, block, fraction: furthest, at }
        return [next, ...current.filter((position) => position.slug !== slug)].slice(0, MAX_POSITIONS)
      }
      return (await store.change(change, 'remember', { quiet: true })).ok
    },
  }
}
