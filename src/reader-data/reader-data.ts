// The one module that owns everything Warta keeps in the browser. Made once,
// like the QueryClient (src/main.tsx makes it over the browser's storage; a test
// makes its own over a fake), handed to the routes and to React by context.
// Adding a kind: docs/decisions/013-reader-data-layer.md.
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Bookmark } from './bookmark-format'
import { createBookmarkStore, type BookmarkState } from './bookmarks'
import { createFollowStore, type FollowState } from './follows'
import type { StoredKind } from './kind-store'
import { createPositionsStore, type Position } from './positions'
import { createReadMarksStore } from './read-marks'
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
  const bookmarks = createBookmarkStore({ storage, now, timeoutMs, requestPersistence })
  const settings = createSettingsStore({ storage: quickStorage, now, timeoutMs })
  const readMarks = createReadMarksStore({ storage, now, timeoutMs })
  const positions = createPositionsStore({ storage, now, timeoutMs })
  const follows = createFollowStore({ storage, now, timeoutMs })
  const visits = createVisitStore({ storage, now, timeoutMs, reloaded })
  return {
    bookmarks,
    settings,
    readMarks,
    positions,
    follows,
    visits,
    /** Every kind, described alike, for the page that lists what is stored. */
    kinds: [
      bookmarks.about,
      follows.about,
      readMarks.about,
      positions.about,
      visits.about,
      settings.about,
    ] satisfies StoredKind[],
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

type Stores = Omit<ReaderData, 'kinds' | 'listSetAside'>
type StateOf<K extends keyof Stores> = ReturnType<Stores[K]['getState']>

/**
 * One answer read from a kind's state. The component renders again only when the answer changes, not on every
 * publish of the kind (a load, a write acknowledged): the answer must be a primitive or a reference the store
 * keeps. Why it matters: a publish during a render that read the whole state makes React redo that render
 * synchronously, and the feed's first screen is twenty cards.
 */
export function useReaderDataAnswer<K extends keyof Stores, A>(kind: K, answer: (state: StateOf<K>) => A): A {
  const store = useReaderData()[kind]
  const read = () => answer(store.getState() as StateOf<K>)
  return useSyncExternalStore(store.subscribe, read, read)
}

/** The whole state of the bookmarks: for the pages that list them or describe their storage. */
export function useBookmarkState(): BookmarkState {
  return useReaderDataAnswer('bookmarks', (state) => state)
}

/** How many bookmarks storage has confirmed. */
export function useSavedCount(): number {
  return useReaderDataAnswer('bookmarks', (state) => state.stored.length)
}

/** The saved article as the reader sees it (`pending`: storage has not confirmed the save or the removal yet). */
export function useBookmark(slug: string): { bookmark: Bookmark | undefined; pending: boolean } {
  const bookmark = useReaderDataAnswer('bookmarks', (state) => state.value.find((item) => item.slug === slug))
  const isStored = useReaderDataAnswer('bookmarks', (state) => state.stored.some((item) => item.slug === slug))
  return { bookmark, pending: (bookmark !== undefined) !== isStored }
}

export function useSettingsState() {
  return useReaderDataAnswer('settings', (state) => state)
}

/** One of the reader's settings (the language, the theme). */
export function useSetting<K extends keyof Settings>(name: K): Settings[K] {
  return useReaderDataAnswer('settings', (state) => state.value[name])
}

export function useFollowState(): FollowState {
  return useReaderDataAnswer('follows', (state) => state)
}

/** Whether the reader follows `id` as they see it (`pending`: storage has not confirmed the change yet). */
export function useFollow(id: string): { followed: boolean; pending: boolean } {
  const followed = useReaderDataAnswer('follows', (state) => state.value.some((item) => item.id === id))
  const stored = useReaderDataAnswer('follows', (state) => state.stored.some((item) => item.id === id))
  return { followed, pending: followed !== stored }
}

export function useVisitState(): VisitState {
  return useReaderDataAnswer('visits', (state) => state)
}

/** Whether the reader has read this article (a card re-renders only when its own answer changes). */
export function useIsRead(slug: string): boolean {
  return useReaderDataAnswer('readMarks', (state) => state.value.has(slug))
}

/** Whether the reader has read it, for any article: for lists that leave the read ones out. */
export function useReadMarks() {
  return useReaderDataAnswer('readMarks', (state) => state.value)
}

export function usePositions(): readonly Position[] {
  return useReaderDataAnswer('positions', (state) => state.value)
}
