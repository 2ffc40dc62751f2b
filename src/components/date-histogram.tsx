// A list's articles per day as a compact bar chart with a brush: drag across the bars, or move either end
// with the arrow keys (Shift: a week; Home/End: as far as it goes), and the range becomes the list's
// from/to. Laid out in percentages, so its box is fixed before any data comes.
import { max, sum } from 'd3-array'
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { DayCount } from '../api/schemas'
import type { DayRange } from '../lib/date-range'
import { formatDay, formatDayRange } from '../lib/format'
import { useLanguage, useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { dateRangeMessages } from './date-range-messages'

type Selection = readonly [start: number, end: number]

const STEP_KEYS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -7,
  PageUp: 7,
}
const WEEK = 7

/** The first index whose day is on or after `day` (or the last whose day is on or before it, `after` false). */
function indexOf(days: readonly DayCount[], day: string, after: boolean): number {
  const found = after ? days.findIndex((d) => d.date >= day) : days.findLastIndex((d) => d.date <= day)
  return found === -1 ? (after ? days.length - 1 : 0) : found
}

type DateHistogramProps = {
  /** Every day of the list without its dates, first to last; undefined while loading. */
  days: DayCount[] | undefined
  range: DayRange
  onChange: (range: DayRange) => void
  /** The days are awaited from a network that is gone: said so, not "loading". */
  waiting?: boolean
}

export function DateHistogram({ days, range, onChange, waiting = false }: DateHistogramProps) {
  const t = useMessages(dateRangeMessages)
  const shared = useMessages(sharedMessages)
  const language = useLanguage()
  const groupId = useId()
  const plotRef = useRef<HTMLDivElement>(null)
  // A selection being dragged or keyed, shown at once and applied when the pointer or key is let go.
  const [draft, setDraft] = useState<Selection | null>(null)
  const dragFrom = useRef<number | null>(null)

  const list = days ?? []
  const n = list.length
  const committed: Selection = [
    range.from ? indexOf(list, range.from, true) : 0,
    range.to ? indexOf(list, range.to, false) : n - 1,
  ]
  const [start, end] = draft ?? committed
  const first = list[0]?.date
  const last = list.at(-1)?.date
  // A range wholly before or after the list's days (typed, or from a link) selects none of them: no day is
  // drawn in it, and both handles wait at that edge.
  const edge =
    draft || !first || !last ? null : range.to && range.to < first ? 0 : range.from && range.from > last ? 100 : null

  // Equal bands of 100/n % and heights in % of the busiest day: too little for d3-scale, whose import
  // (interpolators, formats, time) would be most of the panel's chunk.
  const tallest = max(list, (d) => d.count) || 1

  // The summary counts the days in the range (the whole list without one) and names its ends.
  const shown = draft ? { from: list[start]?.date, to: list[end]?.date } : range
  const inRange = list.filter((d) => (!shown.from || d.date >= shown.from) && (!shown.to || d.date <= shown.to))
  const summaryFrom = shown.from ?? first
  const summaryTo = shown.to ?? last
  const summary =
    summaryFrom && summaryTo
      ? t.summary(
          sum(inRange, (d) => d.count),
          formatDayRange(summaryFrom, summaryTo, language),
        )
      : days
        ? t.summary(0)
        : waiting
          ? shared.waitingForNetwork
          : t.loading

  const apply = (selection: Selection) => {
    setDraft(null)
    const [s, e] = selection
    if (s === committed[0] && e === committed[1]) return
    const from = list[s]?.date
    const to = list[e]?.date
    if (from && to) onChange({ from, to })
  }

  const indexAt = (clientX: number) => {
    const box = plotRef.current?.getBoundingClientRect()
    if (!box || box.width === 0) return 0
    return Math.min(n - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * n)))
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (n === 0 || event.button !== 0) return
    const handle = (event.target as HTMLElement).dataset.handle
    // On a handle, drag that end (the other stays); elsewhere a new range starts where the pointer is.
    const anchor = handle === 'start' ? end : handle === 'end' ? start : indexAt(event.clientX)
    dragFrom.current = anchor
    event.currentTarget.setPointerCapture(event.pointerId)
    const at = handle ? (handle === 'start' ? start : end) : anchor
    setDraft([Math.min(anchor, at), Math.max(anchor, at)])
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const anchor = dragFrom.current
    if (anchor === null) return
    const at = indexAt(event.clientX)
    setDraft([Math.min(anchor, at), Math.max(anchor, at)])
  }
  const onPointerUp = () => {
    if (dragFrom.current === null) return
    dragFrom.current = null
    if (draft) apply(draft)
  }

  const onKeyDown = (which: 'start' | 'end') => (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP_KEYS[event.key]
    const [s, e] = [start, end]
    let next: number
    if (step !== undefined) next = (which === 'start' ? s : e) + step * (event.shiftKey ? WEEK : 1)
    else if (event.key === 'Home') next = which === 'start' ? 0 : s
    else if (event.key === 'End') next = which === 'start' ? e : n - 1
    else return
    event.preventDefault()
    setDraft(which === 'start' ? [Math.max(0, Math.min(next, e)), e] : [s, Math.min(n - 1, Math.max(next, s))])
  }
  const onKeyUp = () => {
    if (draft) apply(draft)
  }

  const handle = (which: 'start' | 'end') => {
    const index = which === 'start' ? start : end
    const day = list[index]?.date
    return (
      <div
        role="slider"
        tabIndex={0}
        data-handle={which}
        aria-label={which === 'start' ? t.start : t.end}
        aria-valuemin={which === 'start' ? 0 : start}
        aria-valuemax={which === 'start' ? end : n - 1}
        aria-valuenow={index}
        aria-valuetext={day ? formatDay(day, language) : undefined}
        onKeyDown={onKeyDown(which)}
        onKeyUp={onKeyUp}
        onBlur={onKeyUp}
        style={{ left: `${edge ?? ((which === 'start' ? index : index + 1) / n) * 100}%` }}
        className="absolute top-0 bottom-0 z-10 flex w-6 -translate-x-1/2 cursor-ew-resize justify-center outline-none focus-visible:[&>span]:outline-3 focus-visible:[&>span]:outline-offset-1 focus-visible:[&>span]:outline-[var(--focus)]"
      >
        <span
          aria-hidden="true"
          data-mark="highlight"
          className="pointer-events-none h-full w-1.5 rounded-full bg-ink"
        />
      </div>
    )
  }

  return (
    <div role="group" aria-labelledby={groupId} className="flex flex-col gap-1">
      <p id={groupId} className="sr-only">
        {t.histogramLabel}
      </p>
      <div
        ref={plotRef}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          dragFrom.current = null
          setDraft(null)
        }}
        className={`relative h-16 touch-pan-y rounded-md select-none ${
          // A list without articles has no days to draw: no empty box, its height kept (nothing below moves).
          days?.length === 0 ? '' : 'border border-line bg-surface'
        }`}
      >
        {n > 0 && (
          <>
            {edge === null && (
              <div
                aria-hidden="true"
                className="absolute top-0 bottom-0 bg-brand/10"
                style={{ left: `${(start / n) * 100}%`, width: `${((end - start + 1) / n) * 100}%` }}
              />
            )}
            {list.map((d, i) => (
              <div
                key={d.date}
                aria-hidden="true"
                data-mark={edge === null && i >= start && i <= end ? '' : 'outside'}
                className={`absolute bottom-0 ${edge === null && i >= start && i <= end ? 'bg-brand' : 'bg-ink-soft/35'}`}
                style={{
                  left: `calc(${(i / n) * 100}% + 0.5px)`,
                  width: `max(1px, calc(${100 / n}% - 1px))`,
                  height: `${(d.count / tallest) * 100}%`,
                }}
              />
            ))}
            {handle('start')}
            {handle('end')}
          </>
        )}
      </div>
      <div className="flex justify-between text-xs text-ink-soft" aria-hidden="true">
        <span>{first ? formatDay(first, language) : '\u00a0'}</span>
        <span>{last ? formatDay(last, language) : ''}</span>
      </div>
      <p aria-live="polite" className="text-sm font-semibold">
        {summary}
      </p>
    </div>
  )
}
