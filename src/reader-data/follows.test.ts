import { describe, expect, it, vi } from 'vitest'
import { createDisk, fakeStorage, type Disk } from '../../tests/fake-reader-storage'
import { createFollowStore, type FollowStore } from './follows'
import { FORMAT } from './kind-store'
import { localStorageStorage } from './storage'

const KEY = 'warta:follows'
const now = () => new Date('2025-09-01T08:00:00Z')
const open = (disk: Disk, timeoutMs = 1000) => createFollowStore({ storage: fakeStorage(disk), now, timeoutMs })
const ids = (store: FollowStore) => store.getState().value.map((follow) => follow.id)
const asides = (disk: Disk) => [...disk.values].filter(([key]) => key.includes(':set-aside:'))
const document = (data: unknown, version: unknown = 1) => ({ format: FORMAT, kind: 'follows', version, data })

describe('follows', () => {
  it('keeps the order followed and the time of each follow', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    expect(await store.follow('vladimir-putin')).toBe(true)
    await store.follow('kazakhstan')
    await store.follow('vladimir-putin')
    expect(store.getState().stored).toEqual([
      { id: 'vladimir-putin', followedAt: '2025-09-01T08:00:00.000Z' },
      { id: 'kazakhstan', followedAt: '2025-09-01T08:00:00.000Z' },
    ])
    await store.unfollow('vladimir-putin')
    expect((disk.values.get(KEY) as { data: unknown }).data).toEqual([
      { id: 'kazakhstan', followedAt: '2025-09-01T08:00:00.000Z' },
    ])
  })

  it('sets damaged follows aside, keeps what it can read, and reports how many it could not', async () => {
    const disk = createDisk({
      [KEY]: document([{ id: 'vladimir-putin', followedAt: '2025-08-01T00:00:00Z' }, { id: 42 }, 'kazakhstan']),
    })
    const store = open(disk)
    await store.ready
    expect(ids(store)).toEqual(['vladimir-putin'])
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 2, setAside: true })
    expect(asides(disk)).toHaveLength(1)
  })

  it('sets unreadable follows aside whole and starts empty', async () => {
    const disk = createDisk({ [KEY]: '[{"id":' })
    const store = open(disk)
    await store.ready
    expect(ids(store)).toEqual([])
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 'all', setAside: true })
    expect(asides(disk).map(([, value]) => value)).toEqual(['[{"id":'])
  })

  it('opens follows of a newer or unknown version read-only and never writes over them', async () => {
    for (const version of [2, '2', 1.5]) {
      const raw = document([{ id: 'xi-jinping', followedAt: '2025-08-01T00:00:00Z' }], version)
      const disk = createDisk({ [KEY]: raw })
      const store = open(disk)
      await store.ready
      expect(store.getState()).toMatchObject({ access: 'read-only', value: [{ id: 'xi-jinping' }] })
      expect(await store.follow('vladimir-putin')).toBe(false)
      expect(store.getState().failure).toMatchObject({ action: 'follow', reason: 'readOnly' })
      expect(disk.values.get(KEY)).toEqual(raw)
      expect(asides(disk)).toEqual([])
    }
  })

  it('rolls a follow storage refuses back and reports it', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    expect(await store.follow('vladimir-putin')).toBe(false)
    expect(ids(store)).toEqual([])
    expect(store.getState().failure).toMatchObject({ action: 'follow', reason: 'storage' })
  })

  it('reports an unfollow storage never answers, and shows the follow still stored', async () => {
    const disk = createDisk({ [KEY]: document([{ id: 'xi-jinping', followedAt: '2025-08-01T00:00:00Z' }]) })
    const store = open(disk, 30)
    await store.ready
    disk.faults.writeNever = true
    expect(await store.unfollow('xi-jinping')).toBe(false)
    expect(store.getState().failure).toMatchObject({ action: 'unfollow', reason: 'stalled' })
    expect(ids(store)).toEqual(['xi-jinping'])
  })

  it('lives in memory, and says so, without usable storage', async () => {
    const store = createFollowStore({ storage: null, now, timeoutMs: 1000 })
    await store.ready
    expect(await store.follow('vladimir-putin')).toBe(true)
    expect(store.getState()).toMatchObject({ access: 'memory', problem: { kind: 'unavailable' } })
  })

  it('converges across tabs following at once', async () => {
    const disk = createDisk()
    const first = open(disk)
    const second = open(disk)
    await Promise.all([first.follow('vladimir-putin'), second.follow('kazakhstan')])
    await vi.waitFor(() => expect(ids(first).sort()).toEqual(['kazakhstan', 'vladimir-putin']))
    expect(ids(second).sort()).toEqual(['kazakhstan', 'vladimir-putin'])
  })

  it('keeps both follows of two tabs over localStorage', async () => {
    const storage = localStorageStorage(localStorage, undefined)
    localStorage.clear()
    const first = createFollowStore({ storage, now, timeoutMs: 1000 })
    const second = createFollowStore({ storage, now, timeoutMs: 1000 })
    await Promise.all([first.ready, second.ready])
    await first.follow('vladimir-putin')
    await second.follow('kazakhstan')
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    await vi.waitFor(() =>
      expect(
        JSON.parse(localStorage.getItem(KEY)!)
          .data.map((follow: { id: string }) => follow.id)
          .sort(),
      ).toEqual(['kazakhstan', 'vladimir-putin']),
    )
    localStorage.clear()
  })

  it('describes itself for the data page: name, count, size, and clear', async () => {
    const disk = createDisk({ [KEY]: document([{ id: 'xi-jinping', followedAt: '2025-08-01T00:00:00Z' }]) })
    const store = open(disk)
    await store.ready
    expect(store.about.name).toBe('follows')
    expect(store.about.summary().count).toBe(1)
    expect(store.about.summary().bytes).toBeGreaterThan(JSON.stringify(disk.values.get(KEY)).length - 40)
    expect(await store.about.clear()).toMatchObject({ kind: 'follows', data: [{ id: 'xi-jinping' }] })
    expect(store.about.summary().count).toBe(0)
    expect((disk.values.get(KEY) as { data: unknown }).data).toEqual([])
  })
})
