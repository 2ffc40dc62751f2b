// The one module that owns everything Warta keeps in the browser. Made once,
// like the QueryClient (src/main.tsx makes it over the browser's storage; a test
// makes its own over a fake), handed to the routes and to React by context.
// Adding a kind: docs/decisions/013-reader-data-layer.md.
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Bookmark } from './bookmark-format'
import { createBookmarkStore, type BookmarkState } from './bookmarks'
import type { StoredKind } from './kind-store'
import { createPositionsStore, type Position } from './positions'
import { createReadMarksStore } from './read-marks'
import { createSettingsStore, type Settings } from './settings'
import { openBrowserStorage, type ReaderStorage } from './storage'

export type ReaderDataOptions = {
  /** Where every kind is kept; null: nowhere usable, data lives in memory (and the reader is told). */
  storage: ReaderStorage | null
  /** Where the kinds needed before the first paint (settings) are kept; `storage` when not given. */
  quickStorage?: ReaderStorage | null
  requestPersistence?: () => Promise<unknown>
  now?: () => Date
  /** How long any storage call may take before it counts as failed (and is reported). */
  timeoutMs?: number
}

export type ReaderData = ReturnType<typeof createReaderData>

export function createReaderData({
  storage,
  quickStorage = storage,
  requestPersistence,
  now = () => new Date(),
  timeoutMs = 5000,
}: ReaderDataOptions) {
  const bookmarks = createBookmarkStore({ storage, now, timeoutMs, requestPersistence })
  const settings = createSettingsStore({ storage: quickStorage, now, timeoutMs })
  const readMarks = createReadMarksStore({ storage, now, timeoutMs })
  const positions = createPositionsStore({ storage, now, timeoutMs })
  return {
    bookmarks,
    settings,
    readMarks,
    positions,
    /** Every kind, described alike, for the page that lists what is stored. */
    kinds: [bookmarks.about, readMarks.about, positions.about, settings.about] satisfies StoredKind[],
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

/** The app's reader data, over the browser's storage. */
export function openBrowserReaderData(): ReaderData {
  return createReaderData({ ...openBrowserStorage(), requestPersistence: browserPersistence })
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

export function useSettings(): Settings {
  const { settings } = useReaderData()
  return useSyncExternalStore(settings.subscribe, settings.getState, settings.getState).value
}

/** Whether the reader has read this article (a card re-renders only when its own answer changes). */
export function useIsRead(slug: string): boolean {
  const { readMarks } = useReaderData()
  const isRead = () => readMarks.getState().value.has(slug)
  return useSyncExternalStore(readMarks.subscribe, isRead, isRead)
}

/** Whether the reader has read it, for any article: for lists that leave the read ones out. */
export function useReadMarks() {
  const { readMarks } = useReaderData()
  return useSyncExternalStore(readMarks.subscribe, readMarks.getState, readMarks.getState).value
}

export function usePositions(): readonly Position[] {
  const { positions } = useReaderData()
  return useSyncExternalStore(positions.subscribe, positions.getState, positions.getState).value
}
