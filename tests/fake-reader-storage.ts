// A fake of the browser's storage for reader data: a "disk" several tabs can
// share, whose reads, writes and set-asides can fail on cue, or never answer.
// Values are copied in and out, as IndexedDB does.
import type { ReaderStorage } from '../src/reader-data/storage'
import { createReaderData, type ReaderDataOptions } from '../src/reader-data/reader-data'

type Faults = { read: boolean; write: boolean; setAside: boolean; readNever: boolean; writeNever: boolean }

export type Disk = {
  values: Map<string, unknown>
  /** What the tabs asked of it: `read:<key>`, `update:<key>`, `update:<key>:refused`. */
  log: string[]
  tabs: Set<(key: string) => void>
  faults: Faults
}

/** A disk holding `values` (storage key → stored value). */
export function createDisk(values: Record<string, unknown> = {}): Disk {
  return {
    values: new Map(Object.entries(values).map(([key, value]) => [key, copy(value)])),
    log: [],
    tabs: new Set(),
    faults: { read: false, write: false, setAside: false, readNever: false, writeNever: false },
  }
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value)
}

const never = () => new Promise<never>(() => undefined)
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

/** One tab's view of the disk. */
export function fakeStorage(disk: Disk): ReaderStorage {
  const listeners = new Map<string, Set<() => void>>()
  const hear = (key: string) => listeners.get(key)?.forEach((listener) => listener())
  return {
    async read(key) {
      await Promise.resolve()
      disk.log.push(`read:${key}`)
      if (disk.faults.readNever) return never()
      if (disk.faults.read) throw new DOMException('The operation is insecure.', 'SecurityError')
      return copy(disk.values.get(key))
    },
    // Atomic like an IndexedDB readwrite transaction: no await between the read and the write.
    async update(key, next) {
      await Promise.resolve()
      disk.log.push(`update:${key}`)
      if (disk.faults.writeNever) return never()
      if (disk.faults.write) {
        disk.log.push(`update:${key}:refused`)
        throw quotaError()
      }
      disk.values.set(key, copy(next(copy(disk.values.get(key)))))
    },
    async setAside(key, value) {
      await Promise.resolve()
      if (disk.faults.setAside || disk.faults.write) throw quotaError()
      disk.values.set(key, copy(value))
    },
    async listSetAside() {
      return [...disk.values].filter(([key]) => key.includes(':set-aside:')).map(([key, value]) => ({ key, value }))
    },
    watch(key, onChange) {
      const forKey = listeners.get(key) ?? new Set()
      listeners.set(key, forKey)
      forKey.add(onChange)
      disk.tabs.add(hear)
      return () => forKey.delete(onChange)
    },
    announce(key) {
      for (const tab of disk.tabs) if (tab !== hear) tab(key)
    },
  }
}

/** Reader data as a tab of the app opens it, over `disk` (a fresh one by default). */
export function openReaderData(disk = createDisk(), options: Partial<ReaderDataOptions> = {}) {
  return createReaderData({ storage: fakeStorage(disk), ...options })
}
