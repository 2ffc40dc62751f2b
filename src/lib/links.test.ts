import { describe, expect, it } from 'vitest'
import { links } from './links'

describe('links', () => {
  it('encode ids and slugs the same way for every kind of page', () => {
    expect(links.article('a b/c')).toBe('/articles/a%20b%2Fc')
    expect(links.entity('a b/c')).toBe('/entities/a%20b%2Fc')
  })

  it('write the feed filter as the feed reads it', () => {
    expect(links.feed({ entities: ['vladimir-putin', 'xi-jinping'], match: 'any' })).toBe(
      '/?entity=vladimir-putin&entity=xi-jinping&match=any',
    )
    expect(links.feed({ entities: [], match: 'any' })).toBe('/')
    expect(links.feedAbout('xi-jinping')).toBe('/?entity=xi-jinping')
  })
})
