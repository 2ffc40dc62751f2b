// `npm run map`: projects Natural Earth's 1:110m countries (world-atlas) with Equal Earth (d3-geo) into SVG
// paths for the map on /entities, once, here: projecting in the browser took over 400 ms at 4× CPU slowdown
// (docs/decisions/021). Writes src/features/entities/world-shapes.json; a unit test keeps it up to date.
import { writeFileSync } from 'node:fs'
import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' }

export const WORLD_SHAPES_FILE = new URL('../src/features/entities/world-shapes.json', import.meta.url)

/** The map's view box, Equal Earth's 2.05:1 less Antarctica (left out: no news there, and room for the rest). */
const WIDTH = 960
const HEIGHT = 430
const ANTARCTICA = '010'
/** Share of the outline points kept (the least visible go first, borders stay shared): the map is small. */
const KEPT_POINTS = 0.5

/** The directory's countries (ISO 3166-1 alpha-2, its `code`) by the numeric id world-atlas gives them. */
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

export function makeWorldShapes() {
  const full = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const weighted = presimplify(full, sphericalTriangleArea)
  const topology = simplify(weighted, quantile(weighted, KEPT_POINTS))
  const collection = feature(topology, topology.objects.countries)
  const world = { ...collection, features: collection.features.filter((f) => String(f.id) !== ANTARCTICA) }
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], world)
  const path = geoPath(projection).digits(1)
  const codeOf = new Map(Object.entries(NUMERIC).map(([code, id]) => [id, code]))
  const countries: Record<string, string> = {}
  let inert = ''
  for (const f of world.features) {
    const code = codeOf.get(String(f.id))
    if (code) countries[code] = path(f) ?? ''
    else inert += path(f) ?? ''
  }
  // Countries the directory can hold, each its own path, by ISO code; every other country (and the disputed
  // areas world-atlas gives no id) joined into one inert path: one element to lay out and paint, not some 160.
  return { width: WIDTH, height: HEIGHT, countries, inert }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(WORLD_SHAPES_FILE, `${JSON.stringify(makeWorldShapes())}\n`)
  console.log(`wrote ${WORLD_SHAPES_FILE.pathname}`)
}
