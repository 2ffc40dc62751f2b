// One store per kind of reader data (bookmarks, settings, …), with the same
// guarantees for each: every storage call has a timeout; a change is on screen
// as pending at once and counts as stored only once storage acknowledged it; a
// failed or stalled write puts the screen back to what is stored and says so;
// data that cannot be read is set aside under its own key before anything is
// written; data in a newer or unknown format opens read-only and is never
// written over; without usable storage, data lives in memory and the reader
// is told; and tabs converge (docs/decisions/013-reader-data-layer.md).
import * as z from 'zod/mini'
import { setAsideKey, type ReaderStorage } from './storage'

export const FORMAT = 'warta.reader-data'

/**
 * A kind of reader data: its name (the storage key is `warta:<name>`), its version, its empty value, how to read
 * the data of a current document (its zod schema, item by item), and how to migrate older documents.
 */
export type KindDefinition<T> = {
  name: string
  version: number
  empty: T
  /** Reads a current document's `data`: null when its shape is unreadable; `invalid` items are left out. */
  read(data: unknown): { value: T; invalid: number } | null
  /** The stored `data` for a value that is not plain JSON itself (a Map kept in memory); the value as it is if absent. */
  write?(value: T): unknown
  /** How many items the value holds, for the page that lists what is stored. */
  count(value: T): number
  /** An imported value joined to the current one (returning `current` when it adds nothing); absent: it replaces it. */
  merge?(current: T, incoming: T): T
  /** Documents written before this format: recognised by their own markers, turned into current `data`. */
  legacy?: { from: string; matches(value: Record<string, unknown>): boolean; toData(value: unknown): unknown }[]
}

type Decoded<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T; invalid: number; migratedFrom: string | null; revision: number; writer: string | null }
  /** Ours by its markers, but a version this Warta does not know: `value` is what could be read, for a read-only view. */
  | { kind: 'unrecognised'; newer: number | null; value: T }
  | { kind: 'damaged' }

const Document = z.object({
  format: z.literal(FORMAT),
  kind: z.string(),
  version: z.number(),
  /** Counts the writes, and names the tab that made the last one: see `held` in createKindStore. */
  revision: z.optional(z.int()),
  writer: z.optional(z.string()),
  data: z.unknown(),
})

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads a stored value or an imported file's parsed JSON, whatever it holds. */
export function decodeDocument<T>(kind: KindDefinition<T>, raw: unknown): Decoded<T> {
  if (raw === undefined || raw === null) return { kind: 'empty' }
  let value = raw
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return { kind: 'damaged' }
    }
  }
  if (!isRecord(value)) return { kind: 'damaged' }
  const document = Document.safeParse(value)
  if (document.success && document.data.kind === kind.name && document.data.version === kind.version) {
    const read = kind.read(document.data.data)
    return read
      ? {
          kind: 'ok',
          ...read,
          migratedFrom: null,
          revision: document.data.revision ?? 0,
          writer: document.data.writer ?? null,
        }
      : { kind: 'damaged' }
  }
  const legacy = kind.legacy?.find((older) => older.matches(value))
  if (legacy) {
    const read = kind.read(legacy.toData(value))
    return read ? { kind: 'ok', ...read, migratedFrom: legacy.from, revision: 0, writer: null } : { kind: 'damaged' }
  }
  // Marked as someone's versioned data (another version, another format name): never ours to overwrite.
  if ('format' in value || 'version' in value) {
    const newer =
      document.success &&
      document.data.kind === kind.name &&
      Number.isInteger(document.data.version) &&
      document.data.version > kind.version
        ? document.data.version
        : null
    return { kind: 'unrecognised', newer, value: kind.read(value.data)?.value ?? kind.empty }
  }
  return { kind: 'damaged' }
}

const dataOf = <T>(kind: KindDefinition<T>, value: T): unknown => (kind.write ? kind.write(value) : value)

export function encodeDocument<T>(kind: KindDefinition<T>, value: T, revision = 0, writer?: string) {
  return { format: FORMAT, kind: kind.name, version: kind.version, revision, writer, data: dataOf(kind, value) }
}

/** Names a stored document's last write: the same mark means the same content. */
function markOf(raw: unknown): string | null {
  if (!isRecord(raw) || raw.format !== FORMAT || typeof raw.writer !== 'string') return null
  return `${raw.kind}:${raw.version}:${raw.revision}:${raw.writer}`
}

export type StorageProblem =
  /** No usable storage: the data lasts as long as the tab. */
  | { kind: 'unavailable' }
  /** Stored data could not be read (`unreadable` items, or all of it). `setAside`: a copy was kept under its own key. */
  | { kind: 'corrupt'; unreadable: number | 'all'; setAside: boolean }
  /** Written by a newer Warta (`version`), or in a format this one does not know (null): read-only. */
  | { kind: 'readOnly'; newer: number | null }

export type WriteFailure<Action> = { id: number; action: Action; reason: 'storage' | 'stalled' | 'readOnly' }

export type KindState<T, Action> = {
  status: 'loading' | 'ready'
  /** What the reader sees: what is stored, with the changes not yet acknowledged applied. */
  value: T
  /** What storage has acknowledged. */
  stored: T
  access: 'read-write' | 'read-only' | 'memory'
  problem: StorageProblem | null
  /** The last write that did not happen, until dismissed. */
  failure: WriteFailure<Action> | null
}

/** A change to a kind's value: returns `current` itself when there is nothing to change. */
export type Change<T> = (current: T) => T

/**
 * What the page listing the reader's data needs of every kind, whatever it holds: every kind store has one
 * (`about`), and `readerData.kinds` lists them.
 */
export type StoredKind = {
  /** The kind's name, as in its storage key (`bookmarks`, `settings`, `readMarks`, …). */
  name: string
  subscribe(listener: () => void): () => void
  /** What storage acknowledged: how many items, and how many bytes its document takes as JSON text. */
  summary(): { count: number; bytes: number }
  /** The kind's document as stored (the current format), for an export file. */
  exportDocument(): unknown
  /** Joins a document (this format, or an older one its kind migrates) to what is stored. False if unreadable or refused. */
  importDocument(raw: unknown): Promise<boolean>
  /** Empties the kind; resolves to the document it held (to undo with importDocument), null if storage refused. */
  clear(): Promise<unknown>
}

export type KindStoreOptions = {
  /** null: no usable storage, the data lives in memory. */
  storage: ReaderStorage | null
  now: () => Date
  /** How long any storage call may take before it counts as failed. */
  timeoutMs: number
}

class StorageStalled extends Error {}
/** Stored data this version must not write over (unreadable, or another format). */
class NotWritable extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageStalled('storage did not answer')), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

function sameValue(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return a === b
  }
}

export function createKindStore<T, Action>(kind: KindDefinition<T>, { storage, now, timeoutMs }: KindStoreOptions) {
  const key = `warta:${kind.name}`
  const peeked = storage?.peek ? decodeDocument(kind, storage.peek(key)) : null
  let stored: T = peeked?.kind === 'ok' ? peeked.value : kind.empty
  const pending: Change<T>[] = []
  /**
   * This tab's acknowledged changes, with the revision each wrote: when another tab's write arrives with a
   * revision no higher, it was made from a copy without them (localStorage has no transactions), so they are
   * applied again. Changes are idempotent, so applying one that is already there changes nothing.
   */
  let written: { change: Change<T>; revision: number }[] = []
  let revision = peeked?.kind === 'ok' ? peeked.revision : 0
  const tabId = Math.random().toString(36).slice(2)
  /**
   * The mark of the stored document `stored` was read from or written as: a write that finds the same mark
   * applies its change to `stored` instead of validating the whole document again (tens of thousands of items).
   */
  let held: string | null = null
  let state: KindState<T, Action> = {
    // Data needed before the first paint is there at once where storage can be read synchronously.
    status: peeked?.kind === 'ok' || peeked?.kind === 'empty' ? 'ready' : 'loading',
    value: stored,
    stored,
    access: 'read-write',
    problem: null,
    failure: null,
  }
  const listeners = new Set<() => void>()
  let failureId = 0
  let queue: Promise<unknown> = Promise.resolve()
  const enqueue = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }
  const call = <R>(promise: Promise<R>) => withTimeout(promise, timeoutMs)

  function publish(patch: Partial<KindState<T, Action>> = {}) {
    const value = pending.reduce((current, change) => change(current), stored)
    state = { ...state, ...patch, value, stored }
    listeners.forEach((listener) => listener())
  }

  /** Copies unreadable data aside, then (only if it is still what we read) replaces it with what could be read. */
  async function setAsideAndReplace(raw: unknown, reason: string, value: T): Promise<boolean> {
    if (!storage) return false
    try {
      await call(storage.setAside(setAsideKey(key, reason, now()), raw))
    } catch {
      return false
    }
    try {
      await call(
        storage.update(key, (current) => {
          if (!sameValue(current, raw)) throw new NotWritable('changed meanwhile')
          return encodeDocument(kind, value, revision, tabId)
        }),
      )
      held = markOf(encodeDocument(kind, value, revision, tabId))
      storage.announce(key)
    } catch {
      // The copy is safe; the next write finds the data still unreadable and tries again.
    }
    return true
  }

  async function load(initial: boolean): Promise<void> {
    // Once living in memory, stay there: reading storage again would hide this visit's changes.
    if (!initial && state.access === 'memory') return
    if (!storage) {
      publish({ status: 'ready', access: 'memory', problem: { kind: 'unavailable' } })
      return
    }
    let raw: unknown
    try {
      raw = await call(storage.read(key))
    } catch {
      // Unusable from the start: live in memory. Later, keep what we last knew.
      if (initial) publish({ status: 'ready', access: 'memory', problem: { kind: 'unavailable' } })
      return
    }
    const decoded = decodeDocument(kind, raw)
    if (decoded.kind === 'empty') {
      stored = kind.empty
      publish({ status: 'ready' })
    } else if (decoded.kind === 'unrecognised') {
      stored = decoded.value
      publish({ status: 'ready', access: 'read-only', problem: { kind: 'readOnly', newer: decoded.newer } })
    } else if (decoded.kind === 'damaged' || decoded.invalid > 0) {
      const value = decoded.kind === 'ok' ? decoded.value : kind.empty
      const kept = await setAsideAndReplace(raw, 'unreadable', value)
      stored = value
      publish({
        status: 'ready',
        // A copy could not be kept: never write over the only one.
        access: kept ? state.access : 'memory',
        problem: { kind: 'corrupt', unreadable: decoded.kind === 'ok' ? decoded.invalid : 'all', setAside: kept },
      })
    } else {
      if (decoded.migratedFrom !== null) await setAsideAndReplace(raw, decoded.migratedFrom, decoded.value)
      stored = decoded.value
      held = decoded.migratedFrom === null ? markOf(raw) : held
      const lost = decoded.revision <= revision ? written.filter(({ change }) => change(stored) !== stored) : []
      revision = Math.max(revision, decoded.revision)
      written = written.filter((entry) => entry.revision >= decoded.revision)
      publish({
        status: 'ready',
        access: state.access === 'read-only' ? 'read-write' : state.access,
        problem: state.problem?.kind === 'readOnly' ? null : state.problem,
      })
      // Merge on write: another tab wrote over this tab's changes from an older copy; write them again.
      for (const { change } of lost) void write(change, null, { quiet: true })
    }
  }

  function fail(action: Action, reason: WriteFailure<Action>['reason']) {
    failureId += 1
    publish({ failure: { id: failureId, action, reason } })
  }

  async function write(
    change: Change<T>,
    action: Action | null,
    { quiet = false } = {},
  ): Promise<{ ok: boolean; value: T }> {
    if (state.access === 'read-only') {
      if (!quiet && action !== null) fail(action, 'readOnly')
      return { ok: false, value: stored }
    }
    pending.push(change)
    publish()
    return enqueue(async () => {
      const settle = (ok: boolean) => {
        pending.splice(pending.indexOf(change), 1)
        publish()
        return { ok, value: stored }
      }
      if (!storage || state.access === 'memory') {
        stored = change(stored)
        return settle(true)
      }
      let failure: WriteFailure<Action>['reason'] = 'storage'
      for (let attempt = 0; attempt < 2; attempt += 1) {
        let next = stored
        let nextRevision = revision
        try {
          await call(
            storage.update(key, (raw) => {
              if (held !== null && markOf(raw) === held) {
                next = change(stored)
                nextRevision = revision + 1
                return encodeDocument(kind, next, nextRevision, tabId)
              }
              const decoded = decodeDocument(kind, raw)
              if (decoded.kind === 'empty') {
                next = change(kind.empty)
                nextRevision = 1
              } else if (decoded.kind === 'ok' && decoded.invalid === 0 && decoded.migratedFrom === null) {
                next = change(decoded.value)
                nextRevision = decoded.revision + 1
              } else throw new NotWritable(decoded.kind)
              return encodeDocument(kind, next, nextRevision, tabId)
            }),
          )
        } catch (error) {
          if (error instanceof NotWritable && attempt === 0) {
            // Someone wrote unreadable, older or newer data since we last read: handle it as on start, then try again.
            await load(false)
            if (state.access !== 'read-write') break
            continue
          }
          if (error instanceof StorageStalled) failure = 'stalled'
          break
        }
        stored = next
        revision = nextRevision
        held = markOf(encodeDocument(kind, next, nextRevision, tabId))
        written.push({ change, revision })
        storage.announce(key)
        return settle(true)
      }
      // Show what is really stored, and say the write failed.
      pending.splice(pending.indexOf(change), 1)
      await load(false)
      if (!quiet && action !== null) fail(action, state.access === 'read-only' ? 'readOnly' : failure)
      return { ok: false, value: stored }
    })
  }

  const ready: Promise<void> = enqueue(() => load(true))
  // Changes from the data page report their failures there, not in the shell's banners.
  const changeQuietly = async (change: Change<T>) => {
    await ready
    return (await write(change, null, { quiet: true })).ok
  }
  const about: StoredKind = {
    name: kind.name,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    summary: () => ({
      count: kind.count(stored),
      bytes: new TextEncoder().encode(JSON.stringify(encodeDocument(kind, stored, revision, tabId))).length,
    }),
    exportDocument: () => encodeDocument(kind, stored),
    importDocument(raw) {
      const decoded = decodeDocument(kind, raw)
      if (decoded.kind !== 'ok') return Promise.resolve(false)
      const incoming = decoded.value
      return changeQuietly((current) =>
        kind.merge ? kind.merge(current, incoming) : sameValue(current, incoming) ? current : incoming,
      )
    },
    async clear() {
      const before = encodeDocument(kind, stored)
      const empty = dataOf(kind, kind.empty)
      const ok = await changeQuietly((current) => (sameValue(dataOf(kind, current), empty) ? current : kind.empty))
      return ok ? before : null
    },
  }
  const unwatch = storage?.watch(key, () => void enqueue(() => load(false))) ?? (() => undefined)

  return {
    ready,
    getState: (): KindState<T, Action> => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /**
     * Applies `change` on screen now (as pending), then to what is stored now. `quiet`: a change the reader did
     * not ask for (a background upgrade): a failure is not reported.
     */
    async change(change: Change<T>, action: Action, { quiet = false } = {}) {
      await ready
      return write(change, action, { quiet })
    },
    dismissProblem: () => publish({ problem: state.access === 'read-write' ? null : state.problem }),
    dismissFailure: () => publish({ failure: null }),
    dispose: () => unwatch(),
    about,
  }
}

/** What every kind's store shows of its kind store as it is; each adds its own changes beside it. */
export function readSide<T, Action>(store: ReturnType<typeof createKindStore<T, Action>>) {
  const { ready, getState, subscribe, dismissProblem, dismissFailure, dispose, about } = store
  return { ready, getState, subscribe, dismissProblem, dismissFailure, dispose, about }
}
