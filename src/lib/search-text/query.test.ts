import { describe, expect, it } from 'vitest'
import { editDistanceWithin, typoBudget } from './edit-distance'
import { parseSearchQuery } from './query'
import { quotable } from './quotable'

describe('search query', () => {
  it('keeps the words, without stop words, and quoted phrases as they are', () => {
    expect(parseSearchQuery('tarif yang dikenakan ke India')).toEqual({
      words: ['tarif', 'dikenakan', 'india'],
      phrases: [],
    })
    expect(parseSearchQuery('“gencatan senjata” di Ukraina')).toEqual({
      words: ['gencatan', 'senjata', 'ukraina'],
      phrases: [['gencatan', 'senjata']],
    })
    expect(parseSearchQuery('"tidak ada kesepakatan')).toEqual({
      words: ['kesepakatan'],
      phrases: [['tidak', 'ada', 'kesepakatan']],
    })
  })

  it('has nothing to search in stop words, symbols, markup or emoji alone', () => {
    for (const q of ['yang dan di ke dari', '  ', '😀😀', '.*+?^$', '\u200b\u202e'])
      expect(parseSearchQuery(q).words).toEqual([])
    expect(parseSearchQuery('<script>alert(1)</script>').words).toEqual(['script', 'alert', '1'])
  })
})

describe('typos', () => {
  it('allows one edit from 5 letters and two from 8', () => {
    expect(['xi', 'modi', 'putin', 'zelenski', 'lukashenka'].map(typoBudget)).toEqual([0, 0, 1, 2, 2])
  })

  it('measures edits, a swap of neighbours counting one, and gives up past the limit', () => {
    expect(editDistanceWithin('zelenski', 'zelensky', 2)).toBe(1)
    expect(editDistanceWithin('lukashenka', 'lukashenko', 2)).toBe(1)
    expect(editDistanceWithin('tokayef', 'tokayev', 1)).toBe(1)
    expect(editDistanceWithin('ptuin', 'putin', 1)).toBe(1)
    expect(editDistanceWithin('trump', 'trump', 0)).toBe(0)
    expect(editDistanceWithin('tarif', 'harga', 2)).toBeNull()
    expect(editDistanceWithin('alaska', 'al', 2)).toBeNull()
  })
})

describe('a query quoted in a sentence', () => {
  it('loses the quotes of one phrase, the sentence has its own', () => {
    expect(quotable('"gencatan senjata"')).toBe('gencatan senjata')
    expect(quotable('“Prabowo Batal”')).toBe('Prabowo Batal')
  })

  it('keeps anything else as typed', () => {
    expect(quotable('tarif')).toBe('tarif')
    expect(quotable('"tarif" "india"')).toBe('"tarif" "india"')
    expect(quotable('"tarif')).toBe('"tarif')
    expect(quotable('"')).toBe('"')
  })
})
