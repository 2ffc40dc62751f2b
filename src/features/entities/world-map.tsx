// The countries of the directory on a world map (Natural Earth 1:110m from world-atlas, an Equal Earth
// projection from d3-geo), each shaded by its article count and a link to its page; other countries are
// drawn but inert. This module and its data load only when the map is shown (docs/decisions/021).
import { geoEqualEarth, geoPath } from 'd3-geo'
import { scaleQuantile } from 'd3-scale'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json'
import type { Entity } from '../../api/schemas'
import { entityName } from '../../lib/entity-names'
import { links } from '../../lib/links'
import { useLanguage, useMessages } from '../../lib/i18n'
import { mapMessages } from './map-messages'

const WIDTH = 960
const HEIGHT = 430
/** Shades, lightest to darkest: CSS variables in styles.css, each 3:1 against the page in both themes. */
const STEPS = 4
const ANTARCTICA = '010'

/** ISO 3166-1 alpha-2 (the directory's `code`) to the numeric id world-atlas gives each country. */
const NUMERIC: Record<string, string> = {
  BR: '076',
  BY: '112',
  CN: '156',
  DE: '276',
  FI: '246',
  FR: '250',
  GB: '826',
  ID: '360',
  IN: '356',
  IT: '380',
  JP: '392',
  KP: '408',
  KZ: '398',
  PL: '616',
  RU: '643',
  TR: '792',
  UA: '804',
  US: '840',
  UZ: '860',
}

type Shape = { id: string; d: string }

/** Every country's outline as an SVG path, projected once for the fixed view box. */
function outlines(): Shape[] {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const collection = feature(topology, topology.objects.countries)
  const world = { ...collection, features: collection.features.filter((f) => String(f.id) !== ANTARCTICA) }
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], world)
  const path = geoPath(projection).digits(1)
  // A few disputed areas have no id: a key of their own, matching no country.
  return world.features.map((f, i) => ({ id: f.id === undefined ? `none-${i}` : String(f.id), d: path(f) ?? '' }))
}

let cached: Shape[] | undefined

export function WorldMap({ countries }: { countries: Entity[] }) {
  const t = useMessages(mapMessages)
  const language = useLanguage()
  const shapes = (cached ??= outlines())

  // Most written about first: the keyboard meets the countries in the order the list shows them.
  const linked = useMemo(
    () =>
      countries
        .filter((c) => c.code && NUMERIC[c.code] && c.articleCount > 0)
        .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name, 'id')),
    [countries],
  )
  const byNumeric = new Map(linked.map((c) => [NUMERIC[c.code!]!, c]))
  const shade = scaleQuantile<number>()
    .domain(linked.map((c) => c.articleCount))
    .range([1, 2, 3, 4].slice(0, Math.min(STEPS, new Set(linked.map((c) => c.articleCount)).size)))
  const steps = shade.range().map((step) => {
    const inStep = linked.filter((c) => shade(c.articleCount) === step).map((c) => c.articleCount)
    return { step, low: Math.min(...inStep), high: Math.max(...inStep) }
  })

  return (
    <figure className="flex flex-col gap-2">
      <div className="aspect-[960/430] w-full overflow-hidden rounded-xl border border-line bg-surface">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={t.mapLabel}
          className="world-map h-full w-full"
        >
          <g aria-hidden="true">
            {shapes
              .filter((s) => !byNumeric.has(s.id))
              .map((s) => (
                <path key={s.id} d={s.d} className="map-inert" />
              ))}
          </g>
          {linked.map((country) => {
            const shape = shapes.find((s) => s.id === NUMERIC[country.code!])
            if (!shape) return null
            const label = t.country(entityName(country, language), country.articleCount)
            return (
              <Link key={country.id} to={links.entity(country.id)} aria-label={label} className="map-country">
                <title>{label}</title>
                <path d={shape.d} style={{ fill: `var(--map-${shade(country.articleCount)})` }} />
              </Link>
            )
          })}
        </svg>
      </div>
      <figcaption className="flex min-h-14 flex-wrap items-center gap-x-4 gap-y-1 text-sm text-ink-soft">
        <span className="font-semibold">{t.legend}</span>
        <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {steps.map(({ step, low, high }) => (
            <li key={step} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="size-3.5 rounded-sm" style={{ background: `var(--map-${step})` }} />
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
}
