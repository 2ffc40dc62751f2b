// The entity's coverage over time: a bar per day (per week over long ranges),
// each bar a link to the feed filtered to the entity and that period, named
// "12 Agustus 2025: 3 artikel", with a tooltip on hover and focus. The same
// data as a table on request. Scales from d3-scale; the chart is HTML laid out
// in percentages, so it needs no measuring and its box is reserved up front.
import { max } from 'd3-array'
import { scaleBand, scaleLinear } from 'd3-scale'
import { useId, useState } from 'react'
import type { DayCount } from '../../api/schemas'
import { links } from '../../lib/links'
import { PlainLink } from '../../components/plain-link'
import { formatDay, formatDayRange, formatNumber, formatShortDay } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import { coverageMessages } from './coverage-messages'

/** Beyond this many days, bars are weeks. */
const MAX_DAILY_BARS = 62
const DAY_MS = 86_400_000
const MIN_TARGET_PX = 24

type Period = { from: string; to: string; count: number }

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10)

/** Days as they are, or summed into weeks from Monday to Sunday. */
function periodsOf(timeline: readonly DayCount[]): { periods: Period[]; weekly: boolean } {
  if (timeline.length <= MAX_DAILY_BARS) {
    return { periods: timeline.map((d) => ({ from: d.date, to: d.date, count: d.count })), weekly: false }
  }
  const weeks = new Map<number, Period>()
  for (const { date, count } of timeline) {
    const n = dayNumber(date)
    const monday = n - ((new Date(n * DAY_MS).getUTCDay() + 6) % 7)
    const week = weeks.get(monday) ?? { from: dayString(monday), to: dayString(monday + 6), count: 0 }
    week.count += count
    weeks.set(monday, week)
  }
  return { periods: [...weeks.values()], weekly: true }
}

type CoverageChartProps = {
  entityId: string
  name: string
  timeline: DayCount[]
  /** False: the chart's box alone, the same size (the page draws its charts after its first paint). */
  drawn: boolean
}

export function CoverageChart({ entityId, name, timeline, drawn }: CoverageChartProps) {
  const t = useMessages(coverageMessages)
  const language = useLanguage()
  const [asTable, setAsTable] = useState(false)
  const [active, setActive] = useState<number | null>(null)
  const headingId = useId()
  const noteId = useId()
  const { periods, weekly } = periodsOf(timeline)

  const labelOf = (p: Period) =>
    p.from === p.to ? formatDay(p.from, language) : formatDayRange(p.from, p.to, language)
  const hrefOf = (p: Period) => links.feed({ entities: [entityId], match: 'all', from: p.from, to: p.to })

  const x = scaleBand<string>()
    .domain(periods.map((p) => p.from))
    .range([0, 100])
  const y = scaleLinear()
    .domain([0, max(periods, (p) => p.count) ?? 1])
    .nice(4)
    .range([0, 100])
  const yTicks = y.ticks(4).filter((tick) => Number.isInteger(tick))
  // About six date labels whatever the number of bars.
  const every = Math.max(1, Math.ceil(periods.length / 6))
  const activePeriod = active === null ? undefined : periods[active]

  return (
    <section aria-labelledby={headingId}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="font-serif text-xl font-bold">
          {t.coverage}
        </h2>
        <button
          type="button"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
          className="text-sm font-semibold text-brand underline underline-offset-4"
        >
          {asTable ? t.showChart : t.showTable}
        </button>
      </div>
      <p id={noteId} className="mt-1 text-sm text-ink-soft">
        {periods.length === 0 ? t.noTimeline : weekly ? t.perWeek : t.perDay}
      </p>
      {periods.length > 0 &&
        (asTable ? (
          <div className="mt-3 max-h-80 overflow-y-auto rounded-xl border border-line">
            <table className="w-full text-sm">
              <caption className="sr-only">{t.tableCaption(name)}</caption>
              <thead className="sticky top-0 bg-surface">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left font-semibold">
                    {t.period}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">
                    {t.articles}
                  </th>
                </tr>
              </thead>
              <tbody>
                {periods.map((p) => (
                  <tr key={p.from} className="border-t border-line">
                    <th scope="row" className="px-3 py-1.5 text-left font-normal">
                      {p.count > 0 ? (
                        <PlainLink to={hrefOf(p)} className="underline decoration-line underline-offset-4">
                          {labelOf(p)}
                        </PlainLink>
                      ) : (
                        labelOf(p)
                      )}
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{formatNumber(p.count, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          // The box is sized before any bar is drawn: no layout shift. Each bar's target is its whole
          // column, at least 24 px wide (WCAG 2.5.8); where the bars need more room than there is, they
          // scroll sideways beside the count axis, which stays. A timeline is read from its latest end: the
          // scroll area's row is reversed, so it starts at its end (the newest days in view from the first
          // paint, with no script and no measuring); the older days are a scroll or a Tab away, in the same
          // DOM and tab order as before.
          <div className="mt-1 flex">
            <div aria-hidden="true" className="grid h-58 w-8 shrink-0 grid-rows-[minmax(0,1fr)_1.5rem] pt-2 sm:h-66">
              <div className="relative text-right text-xs text-ink-soft tabular-nums">
                {drawn &&
                  yTicks.map((tick) => (
                    <span key={tick} className="absolute right-1.5 translate-y-1/2" style={{ bottom: `${y(tick)}%` }}>
                      {formatNumber(tick, language)}
                    </span>
                  ))}
              </div>
            </div>
            <div className="flex min-w-0 flex-1 flex-row-reverse overflow-x-auto pt-2">
              <div
                className="grid h-56 flex-1 grid-rows-[minmax(0,1fr)_1.5rem] sm:h-64"
                style={{ minWidth: `${periods.length * MIN_TARGET_PX}px` }}
              >
                <div className="relative border-b border-line" onPointerLeave={() => setActive(null)}>
                  {drawn &&
                    yTicks.map((tick) => (
                      <span
                        key={tick}
                        aria-hidden="true"
                        className="absolute inset-x-0 border-t border-dashed border-line"
                        style={{ bottom: `${y(tick)}%` }}
                      />
                    ))}
                  {drawn && (
                    <ol aria-describedby={noteId} className="absolute inset-0">
                      {periods.map((p, index) =>
                        p.count === 0 ? null : (
                          <li
                            key={p.from}
                            className="absolute bottom-0 h-full"
                            style={{ left: `${x(p.from)}%`, width: `${x.bandwidth()}%` }}
                          >
                            <PlainLink
                              to={hrefOf(p)}
                              aria-label={t.bar(labelOf(p), p.count)}
                              onPointerEnter={() => setActive(index)}
                              onFocus={() => setActive(index)}
                              onBlur={() => setActive(null)}
                              onKeyDown={(event) => {
                                if (event.key === 'Escape') setActive(null)
                              }}
                              className="group flex h-full w-full items-end px-[10%]"
                            >
                              <span
                                aria-hidden="true"
                                data-mark=""
                                className="block w-full rounded-t-sm bg-brand group-hover:bg-accent group-focus-visible:bg-accent"
                                style={{ height: `${Math.max(y(p.count), 1)}%` }}
                              />
                            </PlainLink>
                          </li>
                        ),
                      )}
                    </ol>
                  )}
                  {activePeriod && (
                    // Repeats the focused bar's name for sighted readers; screen readers have it already.
                    <p
                      aria-hidden="true"
                      className="pointer-events-none absolute z-10 -translate-x-1/2 rounded-md bg-ink px-2 py-1 text-xs whitespace-nowrap text-canvas shadow"
                      style={{
                        left: `${Math.min(85, Math.max(15, (x(activePeriod.from) ?? 0) + x.bandwidth() / 2))}%`,
                        bottom: `calc(${y(activePeriod.count)}% + 0.5rem)`,
                      }}
                    >
                      {t.bar(labelOf(activePeriod), activePeriod.count)}
                    </p>
                  )}
                </div>
                <div aria-hidden="true" className="relative text-xs text-ink-soft">
                  {drawn &&
                    periods.map((p, index) =>
                      index % every === 0 ? (
                        <span
                          key={p.from}
                          className="absolute top-1 -translate-x-1/2 whitespace-nowrap"
                          style={{ left: `${(x(p.from) ?? 0) + x.bandwidth() / 2}%` }}
                        >
                          {formatShortDay(p.from, language)}
                        </span>
                      ) : null,
                    )}
                </div>
              </div>
            </div>
          </div>
        ))}
    </section>
  )
}
