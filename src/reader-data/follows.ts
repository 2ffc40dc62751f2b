// The follows kind: the leaders and countries the reader follows, in the order
// followed, each with the time it was followed. Following an id already there
// and unfollowing one that is not change nothing, so a change can be applied
// again to what another tab stored (merge on write).
import * as z from 'zod/mini'
import {
  createKindStore,
  readSide,
  type Change,
  type KindDefinition,
  type KindState,
  type KindStoreOptions,
} from './kind-store'

const Follow = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  followedAt: z.iso.datetime({ offset: true }),
})
type Follow = z.infer<typeof Follow>
export type Follows = readonly Follow[]

export const followsKind: KindDefinition<Follows> = {
  name: 'follows',
  version: 1,
  empty: [],
  read(data) {
    if (!Array.isArray(data)) return null
    const seen = new Set<string>()
    const value: Follow[] = []
    for (const item of data) {
      const parsed = Follow.safeParse(item)
      if (parsed.success && !seen.has(parsed.data.id)) {
        seen.add(parsed.data.id)
        value.push(parsed.data)
      }
    }
    return { value, invalid: data.length - value.length }
  },
  count: (value) => value.length,
  // An imported list joins the one stored: what is followed here stays followed.
  merge: (current, incoming) => incoming.reduce((joined, item) => follow(item.id, item.followedAt)(joined), current),
}

export type FollowAction = 'follow' | 'unfollow'
export type FollowState = KindState<Follows, FollowAction>

const follow =
  (id: string, followedAt: string): Change<Follows> =>
  (current) =>
    current.some((item) => item.id === id) ? current : [...current, { id, followedAt }]

const unfollow =
  (id: string): Change<Follows> =>
  (current) =>
    current.some((item) => item.id === id) ? current.filter((item) => item.id !== id) : current

export type FollowStore = ReturnType<typeof createFollowStore>

export function createFollowStore(options: KindStoreOptions) {
  const store = createKindStore<Follows, FollowAction>(followsKind, options)
  return {
    ...readSide(store),
    /** True once stored. */
    follow: async (id: string) => (await store.change(follow(id, options.now().toISOString()), 'follow')).ok,
    unfollow: async (id: string) => (await store.change(unfollow(id), 'unfollow')).ok,
  }
}
