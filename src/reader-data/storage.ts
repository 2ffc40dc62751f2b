// Where reader data is kept: IndexedDB through idb-keyval, or localStorage where
// the browser has no IndexedDB (some locked-down browsers). Each kind of data is
// one record under its own key; the stores only see this interface, so tests
// hand them a fake that can fail on cue. Why: docs/decisions/001 and 013.
import { createStore, entries, get, set, update } from 'idb-keyval'

export interface ReaderStorage {
  /** What is stored under `key`, as it is (undefined when nothing is). */
  read(key: string): Promise<unknown>
  /**
   * Atomic read-modify-write across tabs: `next` sees what is stored now; if it throws, nothing is written.
   * Resolves once the write is acknowledged.
   */
  update(key: string, next: (current: unknown) => unknown): Promise<void>
  /** Keeps a copy under `asideKey(...)` (data that could not be read, or before a migration). */
  setAside(key: string, value: unknown): Promise<void>
  /** Every copy set aside so far, for a page that lists what is stored. */
  listSetAside(): Promise<{ key: string; value: unknown }[]>
  /** Synchronous read where the storage allows it (localStorage): data needed before the first paint. */
  peek?(key: string): unknown
  /** Calls back when another tab changed `key`. */
  watch(key: string, onChange: () => void): () => void
  /** Tells the other tabs that this one changed `key`. */
  announce(key: string): void
}

const SET_ASIDE = ':set-aside:'
export const setAsideKey = (key: string, reason: string, now: Date) =>
  `${key}${SET_ASIDE}${reason}:${now.toISOString()}`

const DB_NAME = 'warta-bookmarks' // the name bookmarks had before the other kinds joined them; kept so nothing moves
const CHANNEL = 'warta:reader-data'

function channelFor(): { announce(key: string): void; watch(key: string, onChange: () => void): () => void } {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  return {
    announce: (key) => channel?.postMessage(key),
    watch(key, onChange) {
      if (!channel) return () => undefined
      const listener = (event: MessageEvent) => {
        if (event.data === key) onChange()
      }
      channel.addEventListener('message', listener)
      return () => channel.removeEventListener('message', listener)
    },
  }
}

/** IndexedDB: one record per kind, so a read-merge-write is one readwrite transaction, serialised across tabs. */
function indexedDbStorage(): ReaderStorage {
  const store = createStore(DB_NAME, 'keyval')
  const channel = channelFor()
  return {
    read: (key) => get<unknown>(key, store),
    update: (key, next) => update<unknown>(key, next, store),
    setAside: (key, value) => set(key, value, store),
    listSetAside: async () =>
      (await entries<IDBValidKey, unknown>(store))
        .filter(([key]) => String(key).includes(SET_ASIDE))
        .map(([key, value]) => ({ key: String(key), value })),
    ...channel,
  }
}

type Locks = { request(name: string, callback: () => Promise<void> | void): Promise<void> }

/**
 * localStorage: each tab reads its own cached copy, so two tabs writing at once can each write what they last saw.
 * A write therefore runs under a Web Lock (where the browser has them), re-reading inside it; and the store
 * re-applies its own changes when another tab's write arrives without them (kind-store.ts, merge on write).
 */
export function localStorageStorage(
  storage: Storage,
  locks: Locks | undefined = globalThis.navigator?.locks,
): ReaderStorage {
  const readNow = (key: string): unknown => {
    const text = storage.getItem(key)
    if (text === null) return undefined
    try {
      return JSON.parse(text)
    } catch {
      return text // unreadable: returned as it is, to be set aside
    }
  }
  const write = (key: string, next: (current: unknown) => unknown) => {
    storage.setItem(key, JSON.stringify(next(readNow(key))))
  }
  return {
    read: async (key) => readNow(key),
    peek: readNow,
    update: async (key, next) => {
      if (locks) await locks.request(`warta:${key}`, () => write(key, next))
      else write(key, next)
    },
    setAside: async (key, value) => {
      storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value))
    },
    listSetAside: async () =>
      Object.keys(storage)
        .filter((key) => key.includes(SET_ASIDE))
        .map((key) => ({ key, value: readNow(key) })),
    watch(key, onChange) {
      const listener = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange()
      }
      window.addEventListener('storage', listener)
      return () => window.removeEventListener('storage', listener)
    },
    // Other tabs hear of a write by the storage event.
    announce: () => undefined,
  }
}

function usableLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage
    if (!storage) return null
    const probe = 'warta:probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return storage
  } catch {
    return null
  }
}

/**
 * The browser's storages: `storage` for every kind (IndexedDB, else localStorage), `quickStorage` for the kinds
 * needed before the first paint (localStorage, read synchronously). null: none usable (data then lives in memory).
 */
export function openBrowserStorage(): { storage: ReaderStorage | null; quickStorage: ReaderStorage | null } {
  const local = usableLocalStorage()
  const quickStorage = local ? localStorageStorage(local) : null
  try {
    if (typeof indexedDB !== 'undefined' && indexedDB !== null) return { storage: indexedDbStorage(), quickStorage }
  } catch {
    // indexedDB itself can throw in locked-down contexts: fall through.
  }
  return { storage: quickStorage, quickStorage }
}
