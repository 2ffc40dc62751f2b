import { describe, expect, it } from 'vitest'
import { byCoverage, compareNames, compareText } from './compare'

describe('compareText', () => {
  it('orders ISO times and slugs as their characters run', () => {
    const times = ['2025-08-12T08:00:00.000Z', '2025-08-09T23:59:59.000Z', '2025-08-12T07:59:59.000Z']
    expect([...times].sort(compareText)).toEqual([
      '2025-08-09T23:59:59.000Z',
      '2025-08-12T07:59:59.000Z',
      '2025-08-12T08:00:00.000Z',
    ])
    expect(compareText('a-b', 'a-b')).toBe(0)
    expect(compareText('putin-2', 'putin-10')).toBeGreaterThan(0)
  })
})

describe('compareNames', () => {
  it('orders names alphabetically whatever their case and accents', () => {
    const names = ['Żelazny', 'abe', 'Erdoğan', 'Emmanuel Macron', 'Ursula von der Leyen', 'Ölander', 'Zelensky']
    expect([...names].sort(compareNames)).toEqual([
      'abe',
      'Emmanuel Macron',
      'Erdoğan',
      'Ölander',
      'Ursula von der Leyen',
      'Żelazny',
      'Zelensky',
    ])
  })

  it('sets equal folded names in a fixed order, so a sort never depends on its input order', () => {
    expect(compareNames('Erdogan', 'Erdoğan')).toBeLessThan(0)
    expect(compareNames('Erdoğan', 'Erdogan')).toBeGreaterThan(0)
    expect(compareNames('Xi', 'Xi')).toBe(0)
  })
})

describe('byCoverage', () => {
  it('puts the most written about first, and equal counts by name', () => {
    const entities = [
      { name: 'Xi Jinping', articleCount: 11 },
      { name: 'Donald Trump', articleCount: 42 },
      { name: 'Narendra Modi', articleCount: 11 },
    ]
    expect([...entities].sort(byCoverage).map((entity) => entity.name)).toEqual([
      'Donald Trump',
      'Narendra Modi',
      'Xi Jinping',
    ])
  })
})
