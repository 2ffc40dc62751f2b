// Sort orders without localeCompare: its first call loads the browser's collation data, 80 ms of one task
// on a slow phone (the article page's related cards; decision 024 found the same of Intl's first object).

/** Code-unit order: for ISO dates and times, slugs and keys, where it is also the reading order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Accents split off (NFD) and dropped. A plain range, not \p{M}: a Unicode property class costs its first
// use about 9 ms (the browser builds it), more than the sort it serves.
const COMBINING_MARKS = /[\u0300-\u036f]/g
const nameKey = (name: string) => name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()

/** Names in alphabetical order, case and accents aside ("Erdoğan" beside "Erdogan"), then as written. */
export function compareNames(a: string, b: string): number {
  return compareText(nameKey(a), nameKey(b)) || compareText(a, b)
}

/** Leaders and countries most written about first, then by name: the directory's, the map's and the filter's order. */
export function byCoverage(
  a: { articleCount: number; name: string },
  b: { articleCount: number; name: string },
): number {
  return b.articleCount - a.articleCount || compareNames(a.name, b.name)
}
