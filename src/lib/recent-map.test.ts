import { describe, expect, it } from 'vitest'
import { RecentMap } from './recent-map'

describe('RecentMap', () => {
  it('forgets the entry used least recently once over its limit', () => {
    const map = new RecentMap<string, number>(2)
    map.set('a', 1)
    map.set('b', 2)
    expect(map.get('a')).toBe(1) // a is now newer than b
    map.set('c', 3)
    expect(map.get('b')).toBeUndefined()
    expect(map.get('a')).toBe(1)
    expect(map.get('c')).toBe(3)
  })

  it('setting a key again replaces its value without growing', () => {
    const map = new RecentMap<string, number>(2)
    map.set('a', 1)
    map.set('b', 2)
    map.set('a', 10)
    map.set('b', 20)
    expect([map.get('a'), map.get('b')]).toEqual([10, 20])
  })
})
