import { describe, expect, it, vi } from 'vitest'
import { createDisk, fakeStorage, type Disk } from '../../tests/fake-reader-storage'
import { FORMAT } from './kind-store'
import { createReadMarksStore, MAX_READ_MARKS, ReadMarks, type ReadMarksStore } from './read-marks'

const KEY = 'warta:readMarks'
const now = () => new Date('2025-08-20T00:00:00Z')
const open = (disk: Disk, timeoutMs = 1000) => createReadMarksStore({ storage: fakeStorage(disk), now, timeoutMs })
const read = (store: ReadMarksStore) =>
  store
    .getState()
    .value.entries()
    .map(([slug]) => slug)
const document = (data: unknown, version: unknown = 1) => ({ format: FORMAT, kind: 'readMarks', version, data })
const asides = (disk: Disk) => [...disk.values].filter(([key]) => key.includes(':set-aside:'))

describe('read marks', () => {
  it('stores a mark as a [slug, time] pair, and marking it again changes nothing', async () => {
    const disk = createDisk()
    const store = open(disk)
    expect(await store.markRead('putin-tiba')).toBe(true)
    expect(await store.markRead('putin-tiba')).toBe(true)
    expect(disk.values.get(KEY)).toMatchObject({ data: [['putin-tiba', now().getTime()]], revision: 1 })
    expect(open(disk).getState().value.has('putin-tiba')).toBe(false) // not yet read back
    const again = open(disk)
    await again.ready
    expect(read(again)).toEqual(['putin-tiba'])
  })

  it('drops the oldest marks beyond its cap, and marking a read one changes nothing', () => {
    const marks = ReadMarks.of(
      Array.from({ length: MAX_READ_MARKS + 10 }, (_, index) => [`a-${index}`, index] as const),
    )
    expect(marks.size).toBe(MAX_READ_MARKS)
    expect(marks.has('a-9')).toBe(false)
    expect(marks.has('a-10')).toBe(true)
    expect(marks.with('a-20', 0)).toBe(marks)
  })

  it('stays immutable from outside while values share their log', () => {
    const base = ReadMarks.of([['a', 1]])
    const withX = base.with('x', 2)
    const again = base.with('x', 2)
    const withY = base.with('y', 3)
    expect([base.has('x'), withX.has('x'), again.has('x'), withY.has('x')]).toEqual([false, true, true, false])
    expect([withX.has('y'), withY.has('y')]).toEqual([false, true])
    expect(withY.entries()).toEqual([
      ['a', 1],
      ['y', 3],
    ])
    expect(withX.with('z', 4).entries()).toEqual([
      ['a', 1],
      ['x', 2],
      ['z', 4],
    ])
  })

  it('sets unreadable marks aside, keeps the readable ones and says how many were lost', async () => {
    const raw = document([['putin-tiba', 1], ['Not A Slug', 2], 'junk', ['xi-jinping', 'yesterday']])
    const disk = createDisk({ [KEY]: raw })
    const store = open(disk)
    await store.ready
    expect(read(store)).toEqual(['putin-tiba'])
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 3, setAside: true })
    expect(asides(disk).map(([, value]) => value)).toEqual([raw])
  })

  it('sets damaged data aside whole', async () => {
    const disk = createDisk({ [KEY]: '[["putin' })
    const store = open(disk)
    await store.ready
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 'all', setAside: true })
    expect(asides(disk)).toHaveLength(1)
    expect(await store.markRead('putin-tiba')).toBe(true)
  })

  it('opens marks of an unknown version read-only and never writes over them', async () => {
    const raw = document([['putin-tiba', 1]], 2)
    const disk = createDisk({ [KEY]: raw })
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'read-only', problem: { kind: 'readOnly', newer: 2 } })
    expect(read(store)).toEqual(['putin-tiba'])
    expect(await store.markRead('xi-jinping')).toBe(false)
    expect(disk.values.get(KEY)).toEqual(raw)
  })

  it('rolls a mark storage refuses back and reports it', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    expect(await store.markRead('putin-tiba')).toBe(false)
    expect(store.getState().value.has('putin-tiba')).toBe(false)
    expect(store.getState().failure).toMatchObject({ action: 'markRead', reason: 'storage' })
  })

  it('reports a mark storage never answers', async () => {
    const disk = createDisk()
    const store = open(disk, 30)
    await store.ready
    disk.faults.writeNever = true
    expect(await store.markRead('putin-tiba')).toBe(false)
    expect(store.getState().failure).toMatchObject({ reason: 'stalled' })
  })

  it('lives in memory when storage cannot be read', async () => {
    const disk = createDisk()
    disk.faults.read = true
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
    expect(await store.markRead('putin-tiba')).toBe(true)
    expect(store.getState().value.has('putin-tiba')).toBe(true)
  })

  it('converges across tabs', async () => {
    const disk = createDisk()
    const first = open(disk)
    const second = open(disk)
    await first.markRead('putin-tiba')
    await second.markRead('xi-jinping')
    await vi.waitFor(() => expect(read(first).sort()).toEqual(['putin-tiba', 'xi-jinping']))
    expect(read(second).sort()).toEqual(['putin-tiba', 'xi-jinping'])
  })

  it('exports, clears and imports back through its description', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.markRead('putin-tiba')
    expect(store.about.summary().count).toBe(1)
    const held = await store.about.clear()
    expect(store.about.summary().count).toBe(0)
    expect(await store.about.importDocument(held)).toBe(true)
    expect(read(store)).toEqual(['putin-tiba'])
    expect(await store.about.importDocument({ format: 'other' })).toBe(false)
  })
})
