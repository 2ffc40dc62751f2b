import { describe, expect, it, vi } from 'vitest'
import { createDisk, fakeStorage, type Disk } from '../../tests/fake-reader-storage'
import { FORMAT } from './kind-store'
import { createPositionsStore, MAX_POSITIONS, type PositionsStore } from './positions'

const KEY = 'warta:positions'
let clock = 0
const now = () => new Date(Date.UTC(2025, 7, 20) + clock++)
const open = (disk: Disk, timeoutMs = 1000) => createPositionsStore({ storage: fakeStorage(disk), now, timeoutMs })
const slugs = (store: PositionsStore) => store.getState().value.map((position) => position.slug)
const document = (data: unknown, version: unknown = 1) => ({ format: FORMAT, kind: 'positions', version, data })

describe('reading positions', () => {
  it('remembers the paragraph where the reader is and the furthest fraction seen', async () => {
    const store = open(createDisk())
    await store.remember('putin-tiba', 8, 0.6)
    await store.remember('putin-tiba', 2, 0.2)
    expect(store.get('putin-tiba')).toMatchObject({ block: 2, fraction: 0.6 })
  })

  it('drops the positions read longest ago beyond its cap', async () => {
    const disk = createDisk({
      [KEY]: document(
        Array.from({ length: MAX_POSITIONS }, (_, index) => ({
          slug: `a-${index}`,
          block: 1,
          fraction: 0.5,
          at: index,
        })),
      ),
    })
    const store = open(disk)
    await store.remember('new-one', 1, 0.1)
    expect(slugs(store)).toHaveLength(MAX_POSITIONS)
    expect(slugs(store)[0]).toBe('new-one')
    expect(slugs(store)).not.toContain('a-0')
  })

  it('sets unreadable positions aside and keeps the rest', async () => {
    const raw = document([
      { slug: 'putin-tiba', block: 1, fraction: 0.5, at: 1 },
      { slug: 'x', block: -1, fraction: 2, at: 1 },
    ])
    const disk = createDisk({ [KEY]: raw })
    const store = open(disk)
    await store.ready
    expect(slugs(store)).toEqual(['putin-tiba'])
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 1, setAside: true })
    expect([...disk.values.keys()].filter((key) => key.includes(':set-aside:'))).toHaveLength(1)
  })

  it('opens positions of another version read-only', async () => {
    const raw = document([], '2')
    const disk = createDisk({ [KEY]: raw })
    const store = open(disk)
    await store.ready
    expect(store.getState().access).toBe('read-only')
    expect(await store.remember('putin-tiba', 1, 0.1)).toBe(false)
    expect(disk.values.get(KEY)).toEqual(raw)
  })

  it('puts a position storage refuses or never stores back, quietly', async () => {
    const disk = createDisk()
    const store = open(disk, 30)
    await store.ready
    disk.faults.write = true
    expect(await store.remember('putin-tiba', 1, 0.1)).toBe(false)
    disk.faults.write = false
    disk.faults.writeNever = true
    expect(await store.remember('putin-tiba', 1, 0.1)).toBe(false)
    expect(store.getState()).toMatchObject({ value: [], failure: null })
  })

  it('converges across tabs', async () => {
    const disk = createDisk()
    const first = open(disk)
    const second = open(disk)
    await first.remember('putin-tiba', 1, 0.1)
    await second.remember('xi-jinping', 1, 0.1)
    await vi.waitFor(() => expect(slugs(first).sort()).toEqual(['putin-tiba', 'xi-jinping']))
  })
})
