import { describe, expect, it } from 'vitest'
import { presetOf, presetRange, rangeProblem, withRange } from './date-range'

describe('date range presets', () => {
  it('count back from the anchor day, the anchor included, across a month', () => {
    expect(presetRange('today', '2025-08-31')).toEqual({ from: '2025-08-31', to: '2025-08-31' })
    expect(presetRange('week', '2025-08-03')).toEqual({ from: '2025-07-28', to: '2025-08-03' })
    expect(presetRange('month', '2025-08-31')).toEqual({ from: '2025-08-02', to: '2025-08-31' })
    expect(presetRange('all', '2025-08-31')).toEqual({})
  })

  it('name the preset a range is exactly, and none for another range', () => {
    expect(presetOf({}, undefined)).toBe('all')
    expect(presetOf({ from: '2025-08-25', to: '2025-08-31' }, '2025-08-31')).toBe('week')
    expect(presetOf({ from: '2025-08-25', to: '2025-08-30' }, '2025-08-31')).toBeUndefined()
    expect(presetOf({ from: '2025-08-25' }, '2025-08-31')).toBeUndefined()
  })

  it('replace a filter’s range and keep the rest', () => {
    const filter = { entities: ['rusia'], match: 'all' as const, q: 'tarif', from: '2025-08-01', to: '2025-08-02' }
    expect(withRange(filter, { from: '2025-08-10' })).toEqual({
      entities: ['rusia'],
      match: 'all',
      q: 'tarif',
      from: '2025-08-10',
    })
  })
})

describe('a typed range', () => {
  it.each([
    ['', '', false, 'empty'],
    ['2025-08-12', '2025-08-10', false, 'reversed'],
    ['2025-08-12', '', true, 'incomplete'],
    ['2025-08-10', '2025-08-12', false, null],
    ['2025-08-10', '', false, null],
    ['2025-08-10', '2025-08-10', false, null],
  ] as const)('from %j to %j (half-typed: %s) → %s', (from, to, incomplete, problem) => {
    expect(rangeProblem(from, to, incomplete)).toBe(problem)
  })
})
