import { describe, expect, it } from 'vitest'
import {
  feedFilterSearch,
  parseFeedFilter,
  removeEntity,
  resolveFeedFilter,
  toggleEntity,
  unreadableDates,
  withMatch,
  withoutDates,
} from './feed-filter'

const parse = (search: string) => parseFeedFilter(new URLSearchParams(search))

describe('the feed filter in the URL', () => {
  it('reads ids in order, once each, and the match mode (default all)', () => {
    expect(parse('entity=a&entity=b&entity=a&match=any')).toEqual({ entities: ['a', 'b'], match: 'any' })
    expect(parse('entity=a&match=bogus')).toEqual({ entities: ['a'], match: 'all' })
    expect(parse('')).toEqual({ entities: [], match: 'all' })
  })

  it('reads a WIB day range, drops malformed dates, reads a reversed range as meant, and writes it back', () => {
    expect(parse('entity=a&from=2025-08-12&to=2025-08-12')).toEqual({
      entities: ['a'],
      match: 'all',
      from: '2025-08-12',
      to: '2025-08-12',
    })
    expect(parse('from=2025-02-30&to=12-08-2025')).toEqual({ entities: [], match: 'all' })
    expect(parse('from=2025-08-20&to=2025-08-01')).toMatchObject({ from: '2025-08-01', to: '2025-08-20' })
    const filter = resolveFeedFilter(parse('entity=x&from=2025-08-01'), new Set(['x'])).filter
    expect(feedFilterSearch(filter)).toBe('?entity=x&from=2025-08-01')
    expect(feedFilterSearch(toggleEntity(filter, 'y'))).toBe('?entity=x&entity=y&from=2025-08-01')
    expect(feedFilterSearch(withoutDates(filter))).toBe('?entity=x')
  })

  it('tells a date it could not read from one that is absent or empty', () => {
    const unreadable = (search: string) => unreadableDates(new URLSearchParams(search))
    expect(unreadable('from=2025-13-40')).toBe(true)
    expect(unreadable('from=abc&to=')).toBe(true)
    expect(unreadable('from=2025-08-01&to=2025-02-30')).toBe(true)
    expect(unreadable('from=2025-08-01&to=')).toBe(false)
    expect(unreadable('entity=a')).toBe(false)
  })

  it('splits known ids from unknown and malformed ones, keeping the rest', () => {
    const known = new Set(['xi-jinping', 'narendra-modi'])
    expect(
      resolveFeedFilter(parse('entity=xi-jinping&entity=nobody&entity=Bad%20Id&entity=narendra-modi'), known),
    ).toEqual({
      filter: { entities: ['xi-jinping', 'narendra-modi'], match: 'all' },
      unknown: ['nobody', 'Bad Id'],
    })
    // Without the directory only malformed ids are dropped; the API judges the rest.
    expect(resolveFeedFilter(parse('entity=nobody&entity=%3Cscript%3E'), null).unknown).toEqual(['<script>'])
  })

  it('writes back what it reads', () => {
    const filter = parse('entity=vladimir-putin&entity=xi-jinping&match=any')
    expect(feedFilterSearch(filter)).toBe('?entity=vladimir-putin&entity=xi-jinping&match=any')
    expect(parse(feedFilterSearch(filter).slice(1))).toEqual(filter)
    expect(feedFilterSearch({ entities: [], match: 'any' })).toBe('')
  })

  it('adds at the end, removes, and switches the mode', () => {
    const start = { entities: ['a'], match: 'all' as const }
    expect(toggleEntity(start, 'b')).toEqual({ entities: ['a', 'b'], match: 'all' })
    expect(toggleEntity(toggleEntity(start, 'b'), 'a')).toEqual({ entities: ['b'], match: 'all' })
    expect(removeEntity(start, 'a')).toEqual({ entities: [], match: 'all' })
    expect(withMatch(start, 'any')).toEqual({ entities: ['a'], match: 'any' })
  })
})
