// Where bookmarks are kept: IndexedDB through idb-keyval, or localStorage where
// the browser has no IndexedDB (jsdom, some locked-down browsers). The store
// only sees this interface, so tests hand it a stand-in that can fail on cue.
// Why IndexedDB: docs/decisions/001-bookmark-storage.md.
import { createStore, get, set, update } from 'idb-keyval'

export interface BookmarkStorage {
  readonly kind: 'indexeddb' | 'localstorage' | 'stand-in'
  /** What is stored under the main key, as it is (undefined when nothing is). */
  read(): Promise<unknown>
  /** Atomic read-modify-write: `next` sees what is stored now; if it throws, nothing is written. */
  update(next: (current: unknown) => unknown): Promise<void>
  /** Keeps a copy under its own key (data that could not be read, or before a migration). */
  setAside(key: string, value: unknown): Promise<void>
  /** Calls back when another tab changed the bookmarks. */
  watch(onChange: () => void): () => void
  /** Tells the other tabs that this one changed the bookmarks. */
  announce(): void
}

export const STORAGE_KEY = 'warta:bookmarks'
export const setAsideKey = (reason: string, now = new Date()) =>
  `${STORAGE_KEY}:set-aside:${reason}:${now.toISOString()}`

const DB_NAME = 'warta-bookmarks'
const CHANNEL = 'warta:bookmarks'

/** IndexedDB: one record for the whole list, so a read-merge-write is one transaction, serialised across tabs. */
export function indexedDbStorage(): BookmarkStorage {
  const store = createStore(DB_NAME, 'keyval')
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  return {
    kind: 'indexeddb',
    read: () => get<unknown>(STORAGE_KEY, store),
    update: (next) => update<unknown>(STORAGE_KEY, next, store),
    setAside: (key, value) => set(key, value, store),
    watch(onChange) {
      if (!channel) return () => undefined
      const listener = () => onChange()
      channel.addEventListener('message', listener)
      return () => channel.removeEventListener('message', listener)
    },
    announce: () => channel?.postMessage('changed'),
  }
}

/** localStorage: synchronous, so a read-merge-write runs without yielding; other tabs hear of it by the storage event. */
export function localStorageStorage(storage: Storage): BookmarkStorage {
  const readNow = (): unknown => {
    const text = storage.getItem(STORAGE_KEY)
    if (text === null) return undefined
    try {
      return JSON.parse(text)
    } catch {
      return text // unreadable: returned as it is, to be set aside
    }
  }
  return {
    kind: 'localstorage',
    read: async () => readNow(),
    update: async (next) => {
      storage.setItem(STORAGE_KEY, JSON.stringify(next(readNow())))
    },
    setAside: async (key, value) => {
      storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value))
    },
    watch(onChange) {
      const listener = (event: StorageEvent) => {
        if (event.key === STORAGE_KEY || event.key === null) onChange()
      }
      window.addEventListener('storage', listener)
      return () => window.removeEventListener('storage', listener)
    },
    announce: () => undefined,
  }
}

function usableLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage
    if (!storage) return null
    const probe = `${STORAGE_KEY}:probe`
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return storage
  } catch {
    return null
  }
}

/** The browser's best storage, or null when there is none (the store then keeps bookmarks in memory). */
export function openBrowserStorage(): BookmarkStorage | null {
  try {
    if (typeof indexedDB !== 'undefined' && indexedDB !== null) return indexedDbStorage()
  } catch {
    // indexedDB itself can throw in locked-down contexts: fall through.
  }
  const storage = usableLocalStorage()
  return storage ? localStorageStorage(storage) : null
}
