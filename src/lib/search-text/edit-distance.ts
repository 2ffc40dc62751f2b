// Typo tolerance: how many edits a word of a query may be from a word of the text.

/** Edits allowed for a word as typed: none under 5 letters, 1 from 5, 2 from 8. */
export function typoBudget(word: string): number {
  const length = [...word].length
  return length >= 8 ? 2 : length >= 5 ? 1 : 0
}

/**
 * The Damerau-Levenshtein distance (adjacent swaps count one) between two
 * words when it is at most `max`, else null. Stops early past `max`.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null
  if (a === b) return 0
  const width = b.length + 1
  let before = new Array<number>(width).fill(0)
  let previous = Array.from({ length: width }, (_, j) => j)
  let current = new Array<number>(width).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return null
    ;[before, previous, current] = [previous, current, before]
  }
  const distance = previous[b.length]!
  return distance <= max ? distance : null
}
