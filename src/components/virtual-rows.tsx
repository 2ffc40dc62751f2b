// The windowing of an ArticleList, loaded only once a list needs it (the reader
// scrolls, or the list grows past a page): a first screen never waits for the
// virtualizer's code nor pays for its measuring. It renders nothing itself: it
// tells the list which rows to show and where, so the rows on screen stay the
// same elements when the list switches to windowed.
import { useWindowVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { ArticleSummary } from '../api/schemas'
import { RecentMap } from '../lib/recent-map'

type Rows = { rows: { index: number; top: number }[]; height: number }

/** Which rows of `articles` are in the page, where each starts (from the list's top), and how to measure one. */
export type RowsLayout = Rows & {
  articles: readonly ArticleSummary[]
  measure: (row: Element | null) => void
  /** Lays out another list (the same one filtered, or its next results) in the render that shows it. */
  rowsFor: (articles: readonly ArticleSummary[]) => Rows
}

// One key function per list: a new one would make the virtualizer lay the whole list out again.
const keyFunctions = new WeakMap<readonly ArticleSummary[], (index: number) => string | number>()
function keyFor(articles: readonly ArticleSummary[]) {
  let keyOf = keyFunctions.get(articles)
  if (!keyOf) {
    keyOf = (index) => articles[index]?.slug ?? index
    keyFunctions.set(articles, keyOf)
  }
  return keyOf
}

const ESTIMATED_HEIGHT = 420
const OVERSCAN = 4
const GAP = 16

/**
 * The rows of another list as the virtualizer would lay them out, from the heights it has measured: its own
 * arithmetic, done without touching it, so that a render React throws away leaves it as it was.
 */
function layOut(articles: readonly ArticleSummary[], virtualizer: Virtualizer<Window, Element>, scrollMargin: number) {
  const offset = virtualizer.scrollOffset ?? 0
  const viewport = virtualizer.scrollRect?.height ?? 0
  const tops: number[] = []
  let top = 0
  let first = -1
  let last = -1
  for (const [index, article] of articles.entries()) {
    const size = virtualizer.itemSizeCache.get(article.slug) ?? ESTIMATED_HEIGHT
    const start = scrollMargin + top
    if (first === -1 && start + size > offset) first = index
    if (start < offset + viewport) last = index
    tops.push(top)
    top += size + GAP
  }
  const rows: Rows['rows'] = []
  if (first === -1) first = articles.length - 1
  const from = Math.max(0, first - OVERSCAN)
  const to = Math.min(articles.length - 1, Math.max(first, last) + OVERSCAN)
  for (let index = from; index <= to; index++) rows.push({ index, top: tops[index] ?? 0 })
  return { rows, height: Math.max(0, top - GAP) }
}

const sameRows = (a: Rows, b: Rows) =>
  a.height === b.height &&
  a.rows.length === b.rows.length &&
  a.rows.every((row, i) => row.index === b.rows[i]?.index && row.top === b.rows[i]?.top)

// Measured card heights per list, kept across navigations so that coming back
// to a list lays it out exactly as it was and the restored scroll lands right.
// Only the few lists visited last are kept: every filter is a list of its own.
const measurements = new RecentMap<string, VirtualItem[]>(5)

/** Takes the heights of the plain rows on screen, so the windowed ones replace them without a shift. */
export function measurePlainRows(listKey: string, list: HTMLOListElement | null, slugs: string[]) {
  if (!list) return
  const items: VirtualItem[] = []
  for (const row of list.children) {
    const index = Number((row as HTMLElement).dataset.index)
    const key = slugs[index]
    if (key === undefined) continue
    const { top, height } = row.getBoundingClientRect()
    const start = top + window.scrollY
    items.push({ key, index, start, end: start + height, size: height, lane: 0 })
  }
  if (items.length > 0) measurements.set(listKey, items)
}

/** The height a list had when last seen, or null for a list not seen yet. */
export function rememberedHeight(listKey: string): number | null {
  const items = measurements.get(listKey)
  const first = items?.[0]
  const last = items?.[items.length - 1]
  return first && last ? last.end - first.start : null
}

type WindowingProps = {
  listKey: string
  articles: readonly ArticleSummary[]
  listRef: RefObject<HTMLOListElement | null>
  onLayout: (layout: RowsLayout) => void
}

// Memo: the list re-renders on each layout it is given, which must not ask for another.
export const Windowing = memo(function Windowing({ listKey, articles, listRef, onLayout }: WindowingProps) {
  // Where the list starts in the document, for the window virtualizer.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const list = listRef.current
    if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY)
  }, [listRef])

  const virtualizer = useWindowVirtualizer({
    count: articles.length,
    estimateSize: () => ESTIMATED_HEIGHT,
    overscan: OVERSCAN,
    gap: GAP,
    scrollMargin,
    initialMeasurementsCache: measurements.get(listKey),
    getItemKey: keyFor(articles),
    // A scroll's new rows render in a task of their own, not inside the scroll event's (flushSync): a jump of
    // many rows is then two shorter tasks on a slow phone.
    useFlushSync: false,
  })

  useEffect(() => () => measurements.set(listKey, virtualizer.measurementsCache), [listKey, virtualizer])

  const current: Rows = {
    rows: virtualizer.getVirtualItems().map((item) => ({ index: item.index, top: item.start - scrollMargin })),
    height: virtualizer.getTotalSize(),
  }
  const sent = useRef<RowsLayout | null>(null)
  useLayoutEffect(() => {
    // Before the virtualizer has read the window it shows nothing: the plain rows (and the focus in them) stay.
    if (current.rows.length === 0 && articles.length > 0) return
    // The list laid itself out already (rowsFor) when it changed: the same rows need no second render.
    const last = sent.current
    if (last && last.articles === articles && sameRows(last, current)) return
    sent.current = {
      ...current,
      articles,
      measure: virtualizer.measureElement,
      rowsFor: (next) => layOut(next, virtualizer, scrollMargin),
    }
    onLayout(sent.current)
  })
  return null
})
