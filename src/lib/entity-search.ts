// Finds leaders and countries by what a reader types: any of their names or
// aliases, ignoring case, diacritics and punctuation ("erdogan" finds Erdoğan,
// "tiongkok" and "china" find the same country, "xi" finds Xi Jinping).
import type { Entity } from '../api/schemas'
import { foldText } from './search-text/tokenize'

/** Every name a reader may know the entity by, folded. */
function searchableNames(entity: Entity): string[] {
  return [...new Set([entity.name, entity.nameEn ?? '', ...entity.aliases].map(foldText).filter(Boolean))]
}

/**
 * How well one folded name answers a folded query; lower is better, null is no match.
 * 0 whole name, 1 start of the name, 2 every query word starts a word of the name, 3 inside a word.
 */
function rankName(name: string, query: string): number | null {
  if (name === query) return 0
  if (name.startsWith(query)) return 1
  const words = name.split(' ')
  if (query.split(' ').every((part) => words.some((word) => word.startsWith(part)))) return 2
  // Inside a word only from three letters on: "as" should not find Lukashenko.
  if (query.length >= 3 && name.includes(query)) return 3
  return null
}

/** The rank of the entity's best-matching name, or null when none matches. */
export function matchEntity(entity: Entity, foldedQuery: string): number | null {
  let best: number | null = null
  for (const name of searchableNames(entity)) {
    const rank = rankName(name, foldedQuery)
    if (rank !== null && (best === null || rank < best)) best = rank
  }
  return best
}

/**
 * The entities that match the query, best match first, then most written about.
 * An empty query matches everything, in the given order.
 */
export function searchEntities<T extends Entity>(entities: readonly T[], query: string): T[] {
  const folded = foldText(query)
  if (!folded) return [...entities]
  return entities
    .map((entity, index) => ({ entity, index, rank: matchEntity(entity, folded) }))
    .filter((hit): hit is { entity: T; index: number; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || b.entity.articleCount - a.entity.articleCount || a.index - b.index)
    .map((hit) => hit.entity)
}
