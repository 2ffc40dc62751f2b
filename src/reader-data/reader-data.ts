// The one module that owns everything Warta keeps in the browser. Made once,
// like the QueryClient (src/main.tsx makes it over the browser's storage; a test
// makes its own over a fake), handed to the routes and to React by context.
// Adding a kind: docs/decisions/013-reader-data-layer.md.
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Bookmark } from './bookmark-format'
import { createBookmarkStore, type BookmarkState } from './bookmarks'
import { createFollowStore, type FollowState } from './follows'
import { createSettingsStore, type Settings } from './settings'
import { openBrowserStorage, type ReaderStorage } from './storage'
import { createVisitStore, type VisitState } from './visits'

export type ReaderDataOptions = {
  /** Where every kind is kept; null: nowhere usable, data lives in memory (and the reader is told). */
  storage: ReaderStorage | null
  /** Where the kinds needed before the first paint (settings) are kept; `storage` when not given. */
  quickStorage?: ReaderStorage | null
  requestPersistence?: () => Promise<unknown>
  now?: () => Date
  /** How long any storage call may take before it counts as failed (and is reported). */
  timeoutMs?: number
  /** This document was loaded by a reload: the first list entered goes on with the visit the reload interrupted. */
  reloaded?: boolean
}

export type ReaderData = ReturnType<typeof createReaderData>

export function createReaderData({
  storage,
  quickStorage = storage,
  requestPersistence,
  now = () => new Date(),
  timeoutMs = 5000,
  reloaded = false,
}: ReaderDataOptions) {
  return {
    bookmarks: createBookmarkStore({ storage, now, timeoutMs, requestPersistence }),
    settings: createSettingsStore({ storage: quickStorage, now, timeoutMs }),
    follows: createFollowStore({ storage, now, timeoutMs }),
    visits: createVisitStore({ storage, now, timeoutMs, reloaded }),
    /** Every copy of data set aside (damaged, or kept before a migration), for a page that lists what is stored. */
    listSetAside: async () => [
      ...((await storage?.listSetAside()) ?? []),
      ...(quickStorage && quickStorage !== storage ? await quickStorage.listSetAside() : []),
    ],
  }
}

function browserPersistence(): Promise<unknown> {
  const storage = globalThis.navigator?.storage
  if (!storage?.persist) return Promise.resolve(false)
  return storage.persisted().then((persisted) => persisted || storage.persist())
}

function loadedByReload(): boolean {
  const [entry] = globalThis.performance?.getEntriesByType?.('navigation') ?? []
  return (entry as PerformanceNavigationTiming | undefined)?.type === 'reload'
}

/** The app's reader data, over the browser's storage. */
export function openBrowserReaderData(): ReaderData {
  return createReaderData({
    ...openBrowserStorage(),
    requestPersistence: browserPersistence,
    reloaded: loadedByReload(),
  })
}

export const ReaderDataContext = createContext<ReaderData | null>(null)

export function useReaderData(): ReaderData {
  const readerData = useContext(ReaderDataContext)
  if (!readerData) throw new Error('useReaderData needs a ReaderDataContext provider (src/main.tsx)')
  return readerData
}

export function useBookmarkState(): BookmarkState {
  const { bookmarks } = useReaderData()
  return useSyncExternalStore(bookmarks.subscribe, bookmarks.getState, bookmarks.getState)
}

/** The saved article as the reader sees it (`pending`: storage has not confirmed the save or the removal yet). */
export function useBookmark(slug: string): { bookmark: Bookmark | undefined; pending: boolean } {
  const { value, stored } = useBookmarkState()
  const bookmark = value.find((item) => item.slug === slug)
  const isStored = stored.some((item) => item.slug === slug)
  return { bookmark, pending: (bookmark !== undefined) !== isStored }
}

export function useSettingsState() {
  const { settings } = useReaderData()
  return useSyncExternalStore(settings.subscribe, settings.getState, settings.getState)
}

export function useSettings(): Settings {
  return useSettingsState().value
}

export function useFollowState(): FollowState {
  const { follows } = useReaderData()
  return useSyncExternalStore(follows.subscribe, follows.getState, follows.getState)
}

/** Whether the reader follows `id` as they see it (`pending`: storage has not confirmed the change yet). */
export function useFollow(id: string): { followed: boolean; pending: boolean } {
  const { value, stored } = useFollowState()
  const followed = value.some((item) => item.id === id)
  return { followed, pending: followed !== stored.some((item) => item.id === id) }
}

export function useVisitState(): VisitState {
  const { visits } = useReaderData()
  return useSyncExternalStore(visits.subscribe, visits.getState, visits.getState)
}
