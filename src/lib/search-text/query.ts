// A search query as a reader types it: words, and "quoted phrases" that must
// appear exactly (as folded words in a row). Stop words do not count.
import { STOP_WORDS } from './stop-words.ts'
import { tokenize } from './tokenize.ts'
import { QUOTE_MARKS } from './quotable.ts'

export interface SearchQuery {
  /** Folded words that must all match (stemmed by the engine), phrase words included, stop words left out. */
  words: string[]
  /** Folded words of each quoted phrase, stop words kept: they are part of an exact phrase. */
  phrases: string[][]
}

const QUOTED = new RegExp(`[${QUOTE_MARKS}]([^${QUOTE_MARKS}]*)[${QUOTE_MARKS}]?`, 'g')

export function parseSearchQuery(text: string): SearchQuery {
  const phrases: string[][] = []
  for (const [, inner] of text.matchAll(QUOTED)) {
    const terms = tokenize(inner ?? '').map((t) => t.term)
    if (terms.length > 1) phrases.push(terms)
  }
  const words = [...new Set(tokenize(text).map((t) => t.term))].filter((term) => !STOP_WORDS.has(term))
  return { words, phrases }
}
