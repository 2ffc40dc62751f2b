import { describe, expect, it, vi } from 'vitest'
import { createDisk, fakeStorage, type Disk } from '../../tests/fake-reader-storage'
import { FORMAT } from './kind-store'
import { createSettingsStore, type SettingsStore } from './settings'
import { localStorageStorage } from './storage'

const KEY = 'warta:settings'
const now = () => new Date('2025-08-20T00:00:00Z')
const open = (disk: Disk, timeoutMs = 1000) => createSettingsStore({ storage: fakeStorage(disk), now, timeoutMs })
const current = (store: SettingsStore) => store.getState().value
const asides = (disk: Disk) => [...disk.values].filter(([key]) => key.includes(':set-aside:'))

describe('settings', () => {
  it('migrates the settings stored before the reader-data format, keeping the copy', async () => {
    const disk = createDisk({ [KEY]: { language: 'en', theme: 'dark' } })
    const store = open(disk)
    await store.ready
    expect(current(store)).toEqual({ language: 'en', theme: 'dark' })
    expect(disk.values.get(KEY)).toMatchObject({ format: FORMAT, kind: 'settings', version: 1 })
    expect(asides(disk)).toEqual([
      [expect.stringMatching(/^warta:settings:set-aside:v0:/), { language: 'en', theme: 'dark' }],
    ])
  })

  it('is there before the first paint where storage reads synchronously', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ format: FORMAT, kind: 'settings', version: 1, data: { language: 'en' } }),
    )
    const store = createSettingsStore({ storage: localStorageStorage(localStorage, undefined), now, timeoutMs: 1000 })
    expect(store.getState()).toMatchObject({ status: 'ready', value: { language: 'en', theme: 'system' } })
  })

  it('sets damaged settings aside, reports it and uses the defaults', async () => {
    const disk = createDisk({ [KEY]: '{"language":' })
    const store = open(disk)
    await store.ready
    expect(current(store)).toEqual({ language: 'id', theme: 'system' })
    expect(store.getState().problem).toEqual({ kind: 'corrupt', unreadable: 'all', setAside: true })
    expect(asides(disk).map(([, value]) => value)).toEqual(['{"language":'])
  })

  it('opens settings of an unknown version read-only and never writes over them', async () => {
    const raw = { format: FORMAT, kind: 'settings', version: '2', data: { language: 'en' } }
    const disk = createDisk({ [KEY]: raw })
    const store = open(disk)
    await store.ready
    expect(store.getState()).toMatchObject({ access: 'read-only', value: { language: 'en' } })
    expect((await store.update({ theme: 'dark' })).ok).toBe(false)
    expect(disk.values.get(KEY)).toEqual(raw)
  })

  it('rolls a change storage refuses back and reports it', async () => {
    const disk = createDisk()
    const store = open(disk)
    await store.ready
    disk.faults.write = true
    expect((await store.update({ language: 'en' })).ok).toBe(false)
    expect(current(store).language).toBe('id')
    expect(store.getState().failure).toMatchObject({ action: 'change', reason: 'storage' })
  })

  it('reports a change storage never answers', async () => {
    const disk = createDisk()
    const store = open(disk, 30)
    await store.ready
    disk.faults.writeNever = true
    expect((await store.update({ theme: 'dark' })).ok).toBe(false)
    expect(store.getState().failure).toMatchObject({ reason: 'stalled' })
    expect(current(store).theme).toBe('system')
  })

  it('converges across tabs', async () => {
    const disk = createDisk()
    const first = open(disk)
    const second = open(disk)
    await first.update({ language: 'en' })
    await second.update({ theme: 'dark' })
    await vi.waitFor(() => expect(current(first)).toEqual({ language: 'en', theme: 'dark' }))
    expect(current(second)).toEqual({ language: 'en', theme: 'dark' })
  })
})
