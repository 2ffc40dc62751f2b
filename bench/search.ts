// Search benchmark (issue 10): relevance over the real corpus (nDCG@5, recall@10
// on bench/search-judgements.json), then at 100k synthetic articles with the
// real corpus's word frequencies: index build time and heap, p50/p95 of 1-3-word
// queries with and without an entity filter, suggest p50; today's substring
// engine and a naive scan run the same queries as baselines.
// SEARCH_BENCH_SIZE=20000 runs the speed part on a smaller corpus.
import { readFileSync } from 'node:fs'
import { getCorpus, loadAuthoredArticles, loadGazetteer } from '../mocks/corpus'
import { generateCorpus, vocabularyOf } from '../mocks/generate-corpus'
import { createQueryEngine, type IndexableArticle } from '../mocks/query-engine'
import { createSearchEngine } from '../mocks/search-engine'
import { foldText } from '../src/lib/search-text/tokenize'
import { heapUsed, samplesOf, summary } from './measure'

export const name = 'search'

const SIZE = Number(process.env.SEARCH_BENCH_SIZE ?? 100_000)
const GOALS = { p50: 2, p95: 6, suggestP50: 1, buildMs: 10_000, heapMb: 400, ndcg5: 0.85, recall10: 0.95 }
const QUERIES = [
  'tarif',
  'putin',
  'sanksi',
  'menelepon',
  'gencatan senjata',
  'tarif india',
  'harga minyak',
  'perundingan damai',
  'harga minyak rusia',
  'kesepakatan wilayah ukraina',
]
const FILTERS: readonly (readonly string[])[] = [[], ['vladimir-putin'], ['india']]
const SUGGEST = ['xi', 'tar', 'amerika', 'zel', 'harga mi']
const RUNS = 5

interface Judgement {
  q: string
  kind: string
  relevant: string[]
}

const ms = (value: number) => `${value.toFixed(2)} ms`
const beside = (label: string, value: string, pass: boolean, goal: string) =>
  `  ${label.padEnd(40)} ${value.padStart(12)}   goal ${goal.padEnd(10)} ${pass ? 'PASS' : 'FAIL'}`

function relevance(): boolean {
  const { queries } = JSON.parse(readFileSync(new URL('./search-judgements.json', import.meta.url), 'utf8')) as {
    queries: Judgement[]
  }
  const { search } = getCorpus()
  let ndcgSum = 0
  let recallSum = 0
  const misses: string[] = []
  for (const { q, relevant } of queries) {
    const result = search.search({ q, limit: 10 })
    if (!result.ok) throw new Error(`${q}: ${result.error.message}`)
    const ranked = result.value.items.map((hit) => hit.article.slug)
    const wanted = new Set(relevant)
    let dcg = 0
    ranked.slice(0, 5).forEach((slug, i) => {
      if (wanted.has(slug)) dcg += 1 / Math.log2(i + 2)
    })
    let ideal = 0
    for (let i = 0; i < Math.min(5, wanted.size); i++) ideal += 1 / Math.log2(i + 2)
    const ndcg = ideal === 0 ? 1 : dcg / ideal
    const recall = ranked.filter((slug) => wanted.has(slug)).length / wanted.size
    ndcgSum += ndcg
    recallSum += recall
    if (ndcg < 1 || recall < 1) misses.push(`${q} (nDCG@5 ${ndcg.toFixed(2)}, recall@10 ${recall.toFixed(2)})`)
  }
  const ndcg5 = ndcgSum / queries.length
  const recall10 = recallSum / queries.length
  console.log(`\nRelevance over ${queries.length} judged queries on the real corpus`)
  console.log(beside('nDCG@5', ndcg5.toFixed(3), ndcg5 >= GOALS.ndcg5, `>= ${GOALS.ndcg5}`))
  console.log(beside('recall@10', recall10.toFixed(3), recall10 >= GOALS.recall10, `>= ${GOALS.recall10}`))
  if (misses.length > 0) console.log(`  not perfect: ${misses.join('; ')}`)
  return ndcg5 >= GOALS.ndcg5 && recall10 >= GOALS.recall10
}

/** The naive baseline: every article's folded text scanned for every folded query word. */
function naiveSearch(texts: readonly string[], articles: readonly IndexableArticle[], q: string, entity?: string) {
  const words = foldText(q).split(' ')
  let total = 0
  for (let i = 0; i < texts.length; i++) {
    if (entity !== undefined && !articles[i]!.entityIds.includes(entity)) continue
    if (words.every((word) => texts[i]!.includes(word))) total++
  }
  return total
}

function speed(): boolean {
  const entities = loadGazetteer()
  const vocabulary = vocabularyOf(
    loadAuthoredArticles().flatMap((a) => a.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))),
  )
  const articles = generateCorpus({ size: SIZE, entities, vocabulary })
  const engine = createQueryEngine(articles, entities)
  const before = heapUsed()
  const buildStart = performance.now()
  const search = createSearchEngine(engine, entities)
  const buildMs = performance.now() - buildStart
  const heapMb = (heapUsed() - before) / 1048576
  console.log(
    `\n${SIZE.toLocaleString('en')} synthetic articles (${vocabulary.length} words drawn by corpus frequency)`,
  )
  console.log(beside('search index build', `${(buildMs / 1000).toFixed(1)} s`, buildMs <= GOALS.buildMs, '<= 10 s'))
  console.log(beside('search index heap', `${heapMb.toFixed(0)} MB`, heapMb <= GOALS.heapMb, '<= 400 MB'))

  const texts = engine.sorted.map((a) => foldText([a.title, a.dek, ...a.paragraphs].join(' ')))
  let pass = buildMs <= GOALS.buildMs && heapMb <= GOALS.heapMb
  for (const filter of FILTERS) {
    const all: number[] = []
    const today: number[] = []
    const naive: number[] = []
    for (const q of QUERIES) {
      const first = search.search({ q, entities: filter, limit: 20 })
      if (!first.ok) throw new Error(`${q}: ${first.error.message}`)
      all.push(...samplesOf(() => search.search({ q, entities: filter, limit: 20 }), RUNS, 1))
      today.push(...samplesOf(() => engine.query({ q, entities: filter, limit: 20 }), RUNS, 1))
      naive.push(...samplesOf(() => naiveSearch(texts, engine.sorted, q, filter[0]), 2, 1))
    }
    const { p50, p95 } = summary(all)
    const label = filter.length === 0 ? 'no filter' : `entity=${filter.join(',')}`
    console.log(`  1-3-word queries, ${label}:`)
    console.log(beside('  search p50', ms(p50), p50 <= GOALS.p50, '<= 2 ms'))
    console.log(beside('  search p95', ms(p95), p95 <= GOALS.p95, '<= 6 ms'))
    const base = summary(today)
    const scan = summary(naive)
    console.log(
      `    baselines: today's substring engine p50 ${ms(base.p50)} p95 ${ms(base.p95)}; naive scan p50 ${ms(scan.p50)}`,
    )
    pass &&= p50 <= GOALS.p50 && p95 <= GOALS.p95
  }
  const suggestSamples = SUGGEST.flatMap((q) => samplesOf(() => search.suggest(q, 5), RUNS, 1))
  const suggest = summary(suggestSamples)
  console.log(beside('suggest p50', ms(suggest.p50), suggest.p50 <= GOALS.suggestP50, '<= 1 ms'))
  return pass && suggest.p50 <= GOALS.suggestP50
}

export async function run(): Promise<boolean> {
  const relevant = relevance()
  const fast = speed()
  return relevant && fast
}
