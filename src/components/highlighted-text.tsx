import type { ReactNode } from 'react'
import type { Highlight } from '../api/schemas'

// Matched words come from the API as offsets into a snippet: the text is cut at
// those offsets and the pieces rendered as text, the matches in <mark>.

/** Offsets sorted, clamped to the text and merged where they overlap or touch; empty ones dropped. */
export function highlightRanges(length: number, highlights: readonly Highlight[]): Highlight[] {
  const ranges = highlights
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, length)), end: Math.max(0, Math.min(end, length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Highlight[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const { start, end } of highlightRanges(text.length, highlights)) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(
      <mark key={start} className="search-mark">
        {text.slice(start, end)}
      </mark>,
    )
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
