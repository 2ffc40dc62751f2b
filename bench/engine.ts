// Query-engine benchmark: index build time and memory, p50/p95 of four typical
// first-page queries (with facets) at 1k, 10k and 100k synthetic articles, and
// at 100k the speed-up against a naive scan of the same queries.
import { loadGazetteer } from '../mocks/corpus'
import { heapUsed, time } from './measure'
import { generateCorpus } from '../mocks/generate-corpus'
import {
  createQueryEngine,
  type ArticleQuery,
  type Facet,
  type IndexableArticle,
  type IndexableEntity,
} from '../mocks/query-engine'
import { foldText } from '../src/lib/search-text/tokenize'

export const name = 'query engine'

const SIZES = [1_000, 10_000, 100_000]
const BUDGET_P50_MS = 2
const BUDGET_SPEEDUP = 20

interface Case {
  label: string
  query: ArticleQuery
  /** Entity filters carry the budgets; the text search is reported only. */
  budgeted: boolean
}

const CASES: Case[] = [
  { label: 'one entity (putin)', query: { entities: ['vladimir-putin'] }, budgeted: true },
  {
    label: 'all of two (putin+trump)',
    query: { entities: ['vladimir-putin', 'donald-trump'], match: 'all' },
    budgeted: true,
  },
  {
    label: 'any of three (zelensky|xi|modi)',
    query: { entities: ['volodymyr-zelensky', 'xi-jinping', 'narendra-modi'], match: 'any' },
    budgeted: true,
  },
  { label: "q 'erdogan'", query: { q: 'erdogan' }, budgeted: false },
]

interface Scannable {
  article: IndexableArticle
  /** Folded once up front, as the engine does: the scan is naive about entities, not about text. */
  text: string
}

/** The baseline: a plain filter over the sorted array, facets counted by iteration. */
function naiveQuery(
  sorted: readonly Scannable[],
  entities: readonly IndexableEntity[],
  query: ArticleQuery,
  limit: number,
) {
  const countryOf = new Map(
    entities.flatMap((e) => (e.type === 'person' && e.countryId ? [[e.id, e.countryId] as const] : [])),
  )
  const ids = query.entities ?? []
  const q = foldText(query.q ?? '')
  const matches: { article: IndexableArticle; set: Set<string> }[] = []
  for (const { article, text } of sorted) {
    const set = new Set(article.entityIds)
    for (const id of article.entityIds) {
      const country = countryOf.get(id)
      if (country) set.add(country)
    }
    const ok =
      ids.length === 0 || (query.match === 'any' ? ids.some((id) => set.has(id)) : ids.every((id) => set.has(id)))
    if (!ok) continue
    if (q && !text.includes(q)) continue
    matches.push({ article, set })
  }
  const counts = new Map<string, number>()
  for (const { set } of matches) for (const id of set) counts.set(id, (counts.get(id) ?? 0) + 1)
  const facets: Facet[] = [...counts].map(([entityId, count]) => ({ entityId, count }))
  facets.sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : 1))
  return { items: matches.slice(0, limit).map((m) => m.article), total: matches.length, facets }
}

const ms = (value: number) => `${value.toFixed(3)} ms`
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL')

export async function run(): Promise<boolean> {
  const entities = loadGazetteer()
  let pass = true
  for (const size of SIZES) {
    const articles = generateCorpus({ size, entities })
    const before = heapUsed()
    const buildStart = performance.now()
    const engine = createQueryEngine(articles, entities)
    const buildMs = performance.now() - buildStart
    const heapDelta = heapUsed() - before
    console.log(
      `\n${size.toLocaleString('en')} articles: index built in ${buildMs.toFixed(1)} ms, heap +${(heapDelta / 1048576).toFixed(1)} MB`,
    )

    const runs = size >= 100_000 ? 60 : 200
    const sorted = size >= 100_000 ? sortedLikeEngine(articles) : []
    for (const { label, query, budgeted } of CASES) {
      const first = engine.query({ ...query, limit: 20 })
      if (!first.ok) throw new Error(`${label}: ${first.error.message}`)
      const { p50, p95 } = time(() => engine.query({ ...query, limit: 20 }), runs)
      let line = `  ${label.padEnd(34)} total ${String(first.value.total).padStart(6)}  p50 ${ms(p50)}  p95 ${ms(p95)}`
      if (size >= 100_000) {
        const naive = naiveQuery(sorted, entities, query, 20)
        const same =
          naive.total === first.value.total &&
          naive.items.map((a) => a.slug).join() === first.value.items.map((a) => a.slug).join() &&
          JSON.stringify(naive.facets) === JSON.stringify(first.value.facets)
        if (!same) throw new Error(`${label}: the engine and the naive scan disagree`)
        const scan = time(() => naiveQuery(sorted, entities, query, 20), 8)
        const speedup = scan.p50 / p50
        line += `  | scan p50 ${ms(scan.p50)}  ×${speedup.toFixed(0)}`
        if (budgeted) {
          const p50ok = p50 <= BUDGET_P50_MS
          const speedOk = speedup >= BUDGET_SPEEDUP
          pass &&= p50ok && speedOk
          line += `\n  ${''.padEnd(34)} target p50 ≤ ${BUDGET_P50_MS} ms: ${verdict(p50ok)}; target ≥ ${BUDGET_SPEEDUP}× scan: ${verdict(speedOk)}`
        }
      }
      console.log(line)
    }
  }
  return pass
}

function sortedLikeEngine(articles: readonly IndexableArticle[]): Scannable[] {
  return [...articles]
    .sort(
      (x, y) =>
        Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0),
    )
    .map((article) => ({
      article,
      text: [article.title, article.dek, ...article.paragraphs].map(foldText).join('\u0001'),
    }))
}
