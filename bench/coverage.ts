// Coverage benchmark at 100k synthetic articles: the entity timeline and the
// results histogram (articles per WIB day) p50 against their goal, a one-day from/to query, and how long the
// story grouping adds to the index build.
import { loadGazetteer } from '../mocks/corpus'
import { generateCorpus } from '../mocks/generate-corpus'
import { createQueryEngine } from '../mocks/query-engine'
import { groupStories } from '../mocks/stories'
import { time } from './measure'

export const name = 'coverage (timeline, histogram, date range, stories)'

const SIZE = 100_000
const BUDGET_TIMELINE_P50_MS = 3
const BUDGET_HISTOGRAM_P50_MS = 3
const RUNS = 200

const p50 = (fn: () => unknown) => time(fn, RUNS).p50

const ms = (value: number) => `${value.toFixed(2)} ms`

export async function run(): Promise<boolean> {
  const gazetteer = loadGazetteer()
  const articles = generateCorpus({ size: SIZE, entities: gazetteer })
  let started = performance.now()
  const engine = createQueryEngine(articles, gazetteer)
  const indexMs = performance.now() - started
  started = performance.now()
  const { stories } = groupStories(articles, gazetteer)
  const storiesMs = performance.now() - started
  console.log(
    `  ${SIZE.toLocaleString('en')} articles: index build ${ms(indexMs)}, story grouping ${ms(storiesMs)} ` +
      `(${stories.length} stories) — reported, no goal`,
  )

  let pass = true
  for (const id of ['vladimir-putin', 'donald-trump', 'xi-jinping']) {
    const timeline = engine.timeline(id)
    const value = p50(() => engine.timeline(id))
    const ok = value <= BUDGET_TIMELINE_P50_MS
    pass &&= ok
    console.log(
      `  timeline ${id.padEnd(16)} ${String(timeline.length).padStart(3)} days  p50 ${ms(value)}  ` +
        `target ≤ ${BUDGET_TIMELINE_P50_MS} ms: ${ok ? 'PASS' : 'FAIL'}`,
    )
  }
  for (const [label, entities] of [
    ['all articles', []],
    ['vladimir-putin', ['vladimir-putin']],
  ] as const) {
    const { bits } = (engine.query({ entities }) as Extract<ReturnType<typeof engine.query>, { ok: true }>).value
    const histogram = engine.histogramOf(bits)
    const value = p50(() => engine.histogramOf(bits))
    const ok = value <= BUDGET_HISTOGRAM_P50_MS
    pass &&= ok
    console.log(
      `  histogram ${label.padEnd(15)} ${String(histogram.length).padStart(3)} days  p50 ${ms(value)}  ` +
        `target ≤ ${BUDGET_HISTOGRAM_P50_MS} ms: ${ok ? 'PASS' : 'FAIL'}`,
    )
  }
  const day = p50(() => engine.query({ entities: ['vladimir-putin'], from: '2025-08-09', to: '2025-08-09' }))
  console.log(`  query putin on 2025-08-09 (from/to)  p50 ${ms(day)} — reported`)
  return pass
}
