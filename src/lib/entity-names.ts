// How a leader or country is shown: its name and role in the reader's
// language where the API gives one, and a country's flag.
import { useQuery } from '@tanstack/react-query'
import { entityQueries } from '../api/entities'
import type { Entity, EntityRef } from '../api/schemas'
import type { Language } from '../reader-data/settings'

export function entityName(entity: Pick<Entity, 'name' | 'nameEn'>, language: Language): string {
  return language === 'en' && entity.nameEn ? entity.nameEn : entity.name
}

export function entityRole(entity: Pick<Entity, 'role' | 'roleEn'>, language: Language): string | undefined {
  return language === 'en' && entity.roleEn ? entity.roleEn : entity.role
}

/** "RU" → 🇷🇺 (two regional indicator symbols); empty for anything but two ASCII capitals. */
export function flagEmoji(code: string | undefined): string {
  if (!code || !/^[A-Z]{2}$/.test(code)) return ''
  return String.fromCodePoint(...[...code].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65))
}

/**
 * Every entity by id, from the one cached directory query; empty until it loads,
 * and callers fall back to what they have (an EntityRef's Indonesian name).
 */
export function useEntityIndex(): ReadonlyMap<string, Entity> {
  const { data } = useQuery(entityQueries.list())
  return data ? indexOf(data) : EMPTY_INDEX
}

const EMPTY_INDEX: ReadonlyMap<string, Entity> = new Map()
// One index per directory answer, shared by every card that shows chips (not one per card).
const indexes = new WeakMap<readonly Entity[], ReadonlyMap<string, Entity>>()
function indexOf(directory: readonly Entity[]): ReadonlyMap<string, Entity> {
  let index = indexes.get(directory)
  if (!index) {
    index = new Map(directory.map((entity) => [entity.id, entity]))
    indexes.set(directory, index)
  }
  return index
}

/** The name of a reference in the reader's language, when the directory knows it. */
export function refName(ref: EntityRef, index: ReadonlyMap<string, Entity>, language: Language): string {
  const entity = index.get(ref.id)
  return entity ? entityName(entity, language) : ref.name
}
