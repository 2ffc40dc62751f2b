// The date range panel's place beside a list (the feed, the search results). The panel loads lazily, with a
// box of its height in its place meanwhile, so nothing moves when it comes. A list known to have no articles,
// with no date range chosen, has no dates to choose from: then there is no panel and no box when that is known
// in the render that shows the list's empty state (the loader's results, the usual case). When the box was
// already there while the results were awaited, it stays, blank, so that nothing below it moves. With a range
// chosen the panel stays however empty the list: its presets and typed range are the way out.
import { useState } from 'react'
import type { ArticleListFilter } from '../api/article-page'
import type { DayRange } from '../lib/date-range'
import { laterComponent } from '../lib/later-component'

const DateRangePanel = laterComponent(() => import('./date-range-panel').then((module) => module.DateRangePanel))

type DateRangeSlotProps = {
  /** The list's filter with its dates (the one just chosen, while its results load). */
  filter: ArticleListFilter
  /** False while the filter's ids are not yet checked against the directory (an unknown id is a 400). */
  ready: boolean
  /** Whether the list's results are none; undefined while they are not in (or a previous list's are shown). */
  empty: boolean | undefined
  onChange: (range: DayRange) => void
}

const BOX = 'min-h-[14.25rem] min-[26rem]:min-h-[12.5rem]'

export function DateRangeSlot({ filter, ready, empty, onChange }: DateRangeSlotProps) {
  // The filter whose results were awaited with the box in place.
  const key = JSON.stringify(filter)
  const [awaited, setAwaited] = useState<string | null>(null)
  if (empty === undefined && awaited !== key) setAwaited(key)
  if (empty && !filter.from && !filter.to) return awaited === key ? <div aria-hidden="true" className={BOX} /> : null
  return <DateRangePanel fallback={<div className={BOX} />} filter={filter} ready={ready} onChange={onChange} />
}
