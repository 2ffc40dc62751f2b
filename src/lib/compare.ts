// Sort orders without localeCompare: its first call loads the browser's collation data, 80 ms of one task
// on a slow phone (the article page's related cards; decision 024 found the same of Intl's first object).
import { foldText } from './search-text/tokenize'

/** Code-unit order: for ISO dates and times, slugs and keys, where it is also the reading order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Names in alphabetical order, case and accents aside ("Erdoğan" beside "Erdogan"), then as written. */
export function compareNames(a: string, b: string): number {
  return compareText(foldText(a), foldText(b)) || compareText(a, b)
}
