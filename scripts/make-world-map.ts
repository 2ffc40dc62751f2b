// `npm run map`: projects Natural Earth's 1:110m countries (world-atlas) with Equal Earth (d3-geo) into SVG
// paths for the map on /entities, once, here: projecting in the browser took over 400 ms at 4× CPU slowdown
// (docs/decisions/021). Writes src/features/entities/world-shapes.json; a unit test keeps it up to date.
import { writeFileSync } from 'node:fs'
import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' }

export const WORLD_SHAPES_FILE = new URL('../src/features/entities/world-shapes.json', import.meta.url)

/** The map's view box, Equal Earth's 2.05:1 less Antarctica (left out: no news there, and room for the rest). */
const WIDTH = 960
const HEIGHT = 430
const ANTARCTICA = '010'

export function makeWorldShapes() {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const collection = feature(topology, topology.objects.countries)
  const world = { ...collection, features: collection.features.filter((f) => String(f.id) !== ANTARCTICA) }
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], world)
  const path = geoPath(projection).digits(1)
  return {
    width: WIDTH,
    height: HEIGHT,
    // ISO 3166-1 numeric ids; a few disputed areas have none and are drawn, never linked.
    countries: world.features.map((f) => ({ id: f.id === undefined ? null : String(f.id), d: path(f) ?? '' })),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(WORLD_SHAPES_FILE, `${JSON.stringify(makeWorldShapes())}\n`)
  console.log(`wrote ${WORLD_SHAPES_FILE.pathname}`)
}
