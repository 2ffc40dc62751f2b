// The countries of the directory on a world map (Natural Earth 1:110m from world-atlas, an Equal Earth
// projection from d3-geo, projected ahead of time), each shaded by its article count and a link to its page;
// other countries are drawn but inert. This module and its data load only when the map is shown
// (docs/decisions/021).
import { bisectRight, quantileSorted } from 'd3-array'
import { memo, useId, useMemo, type MouseEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Entity } from '../../api/schemas'
import { entityName } from '../../lib/entity-names'
import { links } from '../../lib/links'
import { useLanguage, useMessages } from '../../lib/i18n'
import { mapMessages } from './map-messages'
// Projected once by scripts/make-world-map.ts (d3-geo, Equal Earth): only paths to draw here.
import world from './world-shapes.json'
import { byCoverage } from '../../lib/compare'

/** Shades, lightest to darkest: CSS variables in styles.css, each 3:1 against the page in both themes. */
const STEPS = 4

/** The directory's countries by ISO 3166-1 alpha-2 code (its `code`); every other country is in `world.inert`. */
const shapes: Partial<Record<string, string>> = world.countries

/** A plain click (no modifier, the main button) on a country: the app's navigation, as a router `Link` does. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.defaultPrevented && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)

/**
 * Memoised: the page re-renders when its URL follows the switch (`?view=map`), the map's countries do not change
 * with it.
 */
export const WorldMap = memo(function WorldMap({ countries }: { countries: Entity[] }) {
  const t = useMessages(mapMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const legendId = useId()

  // Most written about first: the keyboard meets the countries in the order the list shows them.
  const linked = useMemo(
    () => countries.filter((c) => c.code && shapes[c.code] && c.articleCount > 0).sort(byCoverage),
    [countries],
  )
  // Countries not linked are one path, joined ahead of time but for the directory's countries with no articles.
  const inert = useMemo(() => {
    const shown = new Set(linked.map((c) => c.code))
    return (
      world.inert +
      Object.keys(shapes)
        .filter((code) => !shown.has(code))
        .map((code) => shapes[code])
        .join('')
    )
  }, [linked])
  // Quantiles of the counts: each shade holds about a quarter of the countries (counts are skewed: Rusia
  // and AS far above the rest, so equal-width steps would leave most countries in the lightest).
  const sorted = linked.map((c) => c.articleCount).sort((a, b) => a - b)
  const thresholds = Array.from({ length: STEPS - 1 }, (_, k) => quantileSorted(sorted, (k + 1) / STEPS) ?? 0)
  const shade = (count: number) => bisectRight(thresholds, count) + 1
  // Each shade's counts, read from the thresholds (a count of exactly a threshold takes the shade above): the
  // ranges meet, so the legend leaves no count out; a shade between two equal thresholds holds none.
  const lowest = sorted[0] ?? 0
  const highest = sorted.at(-1) ?? 0
  const steps = Array.from({ length: STEPS }, (_, k) => ({
    step: k + 1,
    low: Math.max(lowest, k === 0 ? lowest : Math.ceil(thresholds[k - 1]!)),
    high: Math.min(highest, k === STEPS - 1 ? highest : Math.ceil(thresholds[k]!) - 1),
  })).filter(({ low, high }) => low <= high)

  return (
    <figure className="flex flex-col gap-2">
      <div className="aspect-[960/430] w-full overflow-hidden rounded-xl border border-line bg-surface">
        <svg
          viewBox={`0 0 ${world.width} ${world.height}`}
          role="group"
          aria-label={t.mapLabel}
          className="world-map h-full w-full"
          // The countries are plain links (`a href`), the app's navigation taken here for all of them: a router
          // `Link` each was a third of the map's render at 4× CPU (its hooks), for what one handler does.
          onClick={(event) => {
            const link = (event.target as Element).closest('a')
            const href = link?.getAttribute('href')
            if (!href || !isPlainClick(event)) return
            event.preventDefault()
            void navigate(href)
          }}
        >
          <path aria-hidden="true" d={inert} className="map-inert" />
          {linked.map((country) => {
            const label = t.country(entityName(country, language), country.articleCount)
            return (
              <a
                key={country.id}
                href={links.entity(country.id)}
                aria-label={label}
                className={`map-country map-${shade(country.articleCount)}`}
              >
                <title>{label}</title>
                <path d={shapes[country.code!]} />
              </a>
            )
          })}
        </svg>
      </div>
      <figcaption className="flex min-h-14 flex-wrap items-center gap-x-4 gap-y-1 text-sm text-ink-soft">
        <span id={legendId} className="font-semibold">
          {t.legend}
        </span>
        <ul aria-labelledby={legendId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {steps.map(({ step, low, high }) => (
            <li key={step} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                data-mark=""
                className="size-3.5 rounded-sm"
                style={{ background: `var(--map-${step})` }}
              />
              {t.step(low, high)}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="size-3.5 rounded-sm border border-line bg-muted" />
            {t.outside}
          </li>
        </ul>
        <span className="basis-full">{t.hint}</span>
      </figcaption>
    </figure>
  )
})
