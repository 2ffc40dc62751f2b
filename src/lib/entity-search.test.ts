import { describe, expect, it } from 'vitest'
import type { Entity } from '../api/schemas'
import { searchEntities } from './entity-search'
import { foldText } from './search-text/tokenize'

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  type: 'person',
  name,
  aliases: [name],
  articleCount: 1,
  ...extra,
})

const directory: Entity[] = [
  entity('tiongkok', 'Tiongkok', {
    type: 'country',
    nameEn: 'China',
    aliases: ['Tiongkok', 'China', 'Cina', 'Beijing'],
    articleCount: 19,
  }),
  entity('xi-jinping', 'Xi Jinping', { aliases: ['Xi Jinping', 'Xi'], articleCount: 11 }),
  entity('volodymyr-zelensky', 'Volodymyr Zelensky', {
    aliases: ['Volodymyr Zelensky', 'Zelenskyy', 'Zelensky'],
    articleCount: 23,
  }),
  entity('recep-tayyip-erdogan', 'Recep Tayyip Erdogan', { aliases: ['Recep Tayyip Erdoğan', 'Erdogan'] }),
  entity('alexander-lukashenko', 'Alexander Lukashenko', { aliases: ['Lukashenko'] }),
  entity('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', { aliases: ['Tokayev'] }),
  entity('amerika-serikat', 'Amerika Serikat', {
    type: 'country',
    nameEn: 'United States',
    aliases: ['AS', 'Washington'],
    articleCount: 43,
  }),
]

const ids = (query: string) => searchEntities(directory, query).map((found) => found.id)

describe('entity search', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldText('  Erdoğan ')).toBe('erdogan')
    expect(foldText('Kassym-Jomart')).toBe('kassym jomart')
    expect(foldText('J.D. Vance')).toBe('jd vance')
  })

  it('finds by name or alias, in either language', () => {
    expect(ids('tiongkok')).toEqual(['tiongkok'])
    expect(ids('CHINA')).toEqual(['tiongkok'])
    expect(ids('xi')).toEqual(['xi-jinping'])
    expect(ids('zelenskyy')).toEqual(['volodymyr-zelensky'])
    expect(ids('erdoğan')).toEqual(['recep-tayyip-erdogan'])
    expect(ids('united')).toEqual(['amerika-serikat'])
  })

  it('matches word starts, and inside words only from three letters', () => {
    expect(ids('jomart')).toEqual(['kassym-jomart-tokayev'])
    expect(ids('as')).toEqual(['amerika-serikat'])
    expect(ids('shenko')).toEqual(['alexander-lukashenko'])
  })

  it('puts the closest match first, then the most written about', () => {
    const many = [...directory, entity('xiomara-castro', 'Xiomara Castro', { articleCount: 50 })]
    expect(searchEntities(many, 'xi').map((found) => found.id)).toEqual(['xi-jinping', 'xiomara-castro'])
  })

  it('returns everything for an empty query, and nothing for a stranger', () => {
    expect(ids('  ')).toHaveLength(directory.length)
    expect(ids('atlantis')).toEqual([])
  })
})
