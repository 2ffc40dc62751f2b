// A stand-in for the browser's storage, for the bookmark store's tests: a
// "disk" several tabs can share, whose reads, writes and set-asides can be made
// to fail on cue. Values are copied in and out, as IndexedDB does.
import type { BookmarkStorage } from '../src/lib/bookmark-storage'

export type Disk = {
  value: unknown
  asides: Map<string, unknown>
  tabs: Set<() => void>
  faults: { read: boolean; write: boolean; setAside: boolean; readNever: boolean }
}

export function createDisk(value?: unknown): Disk {
  return {
    value: copy(value),
    asides: new Map(),
    tabs: new Set(),
    faults: { read: false, write: false, setAside: false, readNever: false },
  }
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value)
}

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

/** One tab's view of the disk. */
export function standInStorage(disk: Disk): BookmarkStorage {
  let listener: (() => void) | null = null
  const notifyMe = () => listener?.()
  return {
    kind: 'stand-in',
    async read() {
      await Promise.resolve()
      if (disk.faults.readNever) return new Promise<unknown>(() => undefined)
      if (disk.faults.read) throw new DOMException('The operation is insecure.', 'SecurityError')
      return copy(disk.value)
    },
    // Atomic like an IndexedDB readwrite transaction: no await between the read and the write.
    async update(next) {
      await Promise.resolve()
      if (disk.faults.write) throw quotaError()
      const value = next(copy(disk.value))
      disk.value = copy(value)
    },
    async setAside(key, value) {
      await Promise.resolve()
      if (disk.faults.setAside || disk.faults.write) throw quotaError()
      disk.asides.set(key, copy(value))
    },
    watch(onChange) {
      listener = onChange
      disk.tabs.add(notifyMe)
      return () => {
        disk.tabs.delete(notifyMe)
        listener = null
      }
    },
    announce() {
      for (const tab of disk.tabs) if (tab !== notifyMe) tab()
    },
  }
}
