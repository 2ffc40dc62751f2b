import { describe, expect, it, vi } from 'vitest'
import { createDisk, fakeStorage, type Disk } from '../../tests/fake-reader-storage'
import { FORMAT } from './kind-store'
import { createVisitStore, seenUntil } from './visits'

const KEY = 'warta:visits'
let time = '2025-09-01T08:00:00.000Z'
const now = () => new Date(time)
const open = (disk: Disk, options: { timeoutMs?: number; reloaded?: boolean } = {}) =>
  createVisitStore({
    storage: fakeStorage(disk),
    now,
    timeoutMs: options.timeoutMs ?? 1000,
    reloaded: options.reloaded,
  })
const asides = (disk: Disk) => [...disk.values].filter(([key]) => key.includes(':set-aside:'))
const document = (data: unknown, version: unknown = 1) => ({ format: FORMAT, kind: 'visits', version, data })

describe('visits', () => {
  it('moves the mark when the reader leaves and comes back, not when they arrive', async () => {
    const disk = createDisk()
    const store = open(disk)
    time = '2025-09-01T08:00:00.000Z'
    await store.enter('following')
    // A first visit: nothing counts as new.
    expect(seenUntil(store.getState().value.following)).toBeNull()
    time = '2025-09-01T09:00:00.000Z'
    await store.leave('following')
    expect(seenUntil(store.getState().value.following)).toBe('2025-09-01T08:00:00.000Z')
    time = '2025-09-02T08:00:00.000Z'
    await store.enter('following')
    expect(store.getState().value.following).toEqual({
      previous: '2025-09-01T08:00:00.000Z',
      current: '2025-09-02T08:00:00.000Z',
      left: null,
    })
    // A page closed before it could store that it left: the next entry still begins a new visit.
    time = '2025-09-03T08:00:00.000Z'
    await store.enter('following')
    expect(store.getState().value.following).toMatchObject({
      previous: '2025-09-02T08:00:00.000Z',
      current: '2025-09-03T08:00:00.000Z',
    })
  })

  it('resumes the visit a reload interrupted: the first list entered keeps its marks', async () => {
    const disk = createDisk({
      [KEY]: document({
        following: { previous: '2025-08-30T00:00:00Z', current: '2025-09-01T08:00:00Z', left: '2025-09-01T08:01:00Z' },
      }),
    })
    const store = open(disk, { reloaded: true })
    time = '2025-09-01T08:01:01.000Z'
    await store.enter('following')
    expect(store.getState().value.following).toEqual({
      previous: '2025-08-30T00:00:00Z',
      current: '2025-09-01T08:00:00Z',
      left: null,
    })
    await store.leave('following')
    time = '2025-09-01T10:00:00.000Z'
    await store.enter('following')
    expect(store.getState().value.following?.previous).toBe('2025-09-01T08:00:00Z')
  })

  it('marks all seen now, and never moves the mark back when the visit ends', async () => {
    const disk = createDisk()
    const store = open(disk)
    time = '2025-09-01T08:00:00.000Z'
    await store.enter('following')
    time = '2025-09-01T08:30:00.000Z'
    await store.markAllSeen('following')
    expect(seenUntil(store.getState().value.following)).toBe('2025-09-01T08:30:00.000Z')
    time = '2025-09-01T09:00:00.000Z'
    await store.leave('following')
    expect(seenUntil(store.getState().value.following)).toBe('2025-09-01T08:30:00.000Z')
  })

  it('sets damaged marks aside and keeps the readable ones', async () => {
    const disk = createDisk({
      [KEY]: document({
        following: { previous: null, current: '2025-09-01T08:00:00Z', left: null },
        feed: { previous: 'kemarin', current: null, left: null },
      }),
    })
    const store = open(disk)
    await store.ready
    expect(Object.keys(store.getState().value)).toEqual(['following'])
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 1, setAside: true })
    expect(asides(disk)).toHaveLength(1)
  })

  it('opens marks of an unknown version read-only and never writes over them', async () => {
    const raw = document({}, 'v2')
    const disk = createDisk({ [KEY]: raw })
    const store = open(disk)
    await store.ready
    expect(store.getState().access).toBe('read-only')
    expect(await store.markAllSeen('following')).toBe(false)
    expect(store.getState().failure).toMatchObject({ reason: 'readOnly' })
    expect(disk.values.get(KEY)).toEqual(raw)
  })

  it('does not report entering or leaving storage refuses, but does report "mark all seen"', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    expect(await store.enter('following')).toBe(false)
    expect(store.getState().failure).toBeNull()
    expect(await store.markAllSeen('following')).toBe(false)
    expect(store.getState().failure).toMatchObject({ action: 'seen', reason: 'storage' })
    expect(store.getState().value).toEqual({})
  })

  it('reports "mark all seen" storage never answers', async () => {
    const disk = createDisk()
    const store = open(disk, { timeoutMs: 30 })
    await store.ready
    disk.faults.writeNever = true
    expect(await store.markAllSeen('following')).toBe(false)
    expect(store.getState().failure).toMatchObject({ reason: 'stalled' })
  })

  it('converges across tabs', async () => {
    const disk = createDisk()
    const first = open(disk)
    const second = open(disk)
    await Promise.all([first.enter('following'), second.enter('entity:xi-jinping')])
    await vi.waitFor(() =>
      expect(Object.keys(first.getState().value).sort()).toEqual(['entity:xi-jinping', 'following']),
    )
    expect(Object.keys(second.getState().value).sort()).toEqual(['entity:xi-jinping', 'following'])
    expect(first.about.summary().count).toBe(2)
  })
})
