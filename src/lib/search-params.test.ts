import { describe, expect, it } from 'vitest'
import { parseSearchState, searchHref, searchHrefFor } from './search-params'

const parse = (search: string) => parseSearchState(new URLSearchParams(search))

describe('the search page in the URL', () => {
  it('reads q (trimmed), the entity filter and the sort (default relevance)', () => {
    expect(parse('q=%20tarif%20&entity=xi-jinping&entity=vladimir-putin&match=any&sort=newest')).toEqual({
      q: 'tarif',
      filter: { entities: ['xi-jinping', 'vladimir-putin'], match: 'any' },
      sort: 'newest',
    })
    expect(parse('q=tarif&sort=bogus').sort).toBe('relevance')
    expect(parse('')).toEqual({ q: '', filter: { entities: [], match: 'all' }, sort: 'relevance' })
  })

  it('writes back what it reads, leaving defaults out', () => {
    for (const search of ['q=tarif', 'q=tarif&entity=a&entity=b&match=any&sort=newest', 'q=a%26b%3D%3F%23']) {
      const href = searchHref(parse(search))
      expect(href).toBe(`/search?${search}`)
      expect(parse(href.slice('/search?'.length))).toEqual(parse(search))
    }
    expect(searchHref(parse('q=x&entity=a&match=any&sort=relevance'))).toBe('/search?q=x&entity=a')
  })

  it('keeps characters a query may hold intact through the URL', () => {
    for (const q of ['<b>tarif</b>', 'a+b (c)|[d]*?', 'مرحبا', 'ze\u200Blensky', '🇺🇦 perang', '"gencatan senjata"']) {
      const href = searchHrefFor(q)
      expect(parse(href.slice('/search?'.length)).q).toBe(q)
    }
  })
})
