import type { Entity } from '../../api/schemas'
import { matchEntity } from '../../lib/entity-search'
import { foldText } from '../../lib/search-text/tokenize'
import { byCoverage } from '../../lib/compare'

export type CountryGroup = {
  /** null: people of no country in the directory (the EU's, NATO's). */
  country: Entity | null
  people: Entity[]
}

/**
 * Countries, most written about first, each with its leaders; people of no
 * known country last. With a query, a matching country keeps all its people,
 * any other country only the people that match (and is left out without one).
 */
export function groupByCountry(entities: readonly Entity[], query = ''): CountryGroup[] {
  const folded = foldText(query)
  const matches = (entity: Entity) => folded === '' || matchEntity(entity, folded) !== null
  const countries = entities.filter((entity) => entity.type === 'country').sort(byCoverage)
  const countryIds = new Set(countries.map((country) => country.id))
  const people = entities.filter((entity) => entity.type === 'person').sort(byCoverage)

  const groups: CountryGroup[] = []
  for (const country of countries) {
    const own = people.filter((person) => person.countryId === country.id)
    const shown = matches(country) ? own : own.filter(matches)
    if (matches(country) || shown.length > 0) groups.push({ country, people: shown })
  }
  const stateless = people.filter((person) => !person.countryId || !countryIds.has(person.countryId)).filter(matches)
  if (stateless.length > 0) groups.push({ country: null, people: stateless })
  return groups
}
