// Search benchmark (issue 10): relevance over the real corpus (nDCG@5, recall@10
// on bench/search-judgements.json), then at 100k synthetic articles with the
// real corpus's word frequencies: index build time and heap, p50/p95 of 1-3-word
// queries with and without an entity filter, suggest p50. Baselines run the same
// queries in the same process: the first MiniSearch engine (decision 010), the
// substring engine before search, and a naive scan; the machine's load average
// is printed beside them, since only the ratios survive a loaded machine.
// SEARCH_BENCH_SIZE=20000 runs the speed part on a smaller corpus.
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { getCorpus, loadAuthoredArticles, loadGazetteer } from '../mocks/corpus'
import { generateCorpus, vocabularyOf } from '../mocks/generate-corpus'
import { createQueryEngine, type IndexableArticle } from '../mocks/query-engine'
import { createSearchEngine, type SearchEngine } from '../mocks/search-engine'
import { createMiniSearchEngine } from './minisearch-engine'
import { foldText } from '../src/lib/search-text/tokenize'
import { collect, heapUsed, samplesOf, summary } from './measure'

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
const RUNS = 20
/** The baselines are 100 to 1000 times slower: fewer samples. */
const BASELINE_RUNS = 3

interface Judgement {
  q: string
  kind: string
  relevant: string[]
}

const ms = (value: number) => `${value.toFixed(2)} ms`
const beside = (label: string, value: string, pass: boolean, goal: string, baseline = '') =>
  `  ${label.padEnd(34)} ${value.padStart(10)}   goal ${goal.padEnd(10)} ${pass ? 'PASS' : 'FAIL'}${baseline}`
const load = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`

type Engine = Pick<SearchEngine<IndexableArticle>, 'search' | 'suggest'>

/** nDCG@5 and recall@10 of an engine over the judged queries, and the queries it does not get perfectly. */
function judge(search: Engine) {
  const { queries } = JSON.parse(readFileSync(new URL('./search-judgements.json', import.meta.url), 'utf8')) as {
    queries: Judgement[]
  }
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
  return { count: queries.length, ndcg5: ndcgSum / queries.length, recall10: recallSum / queries.length, misses }
}

function relevance(): boolean {
  const corpus = getCorpus()
  const ours = judge(corpus.search)
  const old = judge(createMiniSearchEngine(corpus.engine, loadGazetteer()))
  const was = (value: number) => `   (MiniSearch engine ${value.toFixed(3)})`
  console.log(`\nRelevance over ${ours.count} judged queries on the real corpus`)
  console.log(beside('nDCG@5', ours.ndcg5.toFixed(3), ours.ndcg5 >= GOALS.ndcg5, `>= ${GOALS.ndcg5}`, was(old.ndcg5)))
  console.log(
    beside(
      'recall@10',
      ours.recall10.toFixed(3),
      ours.recall10 >= GOALS.recall10,
      `>= ${GOALS.recall10}`,
      was(old.recall10),
    ),
  )
  if (ours.misses.length > 0) console.log(`  not perfect: ${ours.misses.join('; ')}`)
  return ours.ndcg5 >= GOALS.ndcg5 && ours.recall10 >= GOALS.recall10
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

/**
 * Wall-clock and CPU milliseconds of each call, after a warm-up call. On a shared machine the wall clock also
 * counts the time other processes held the core; the process's CPU time does not, so it stands for a quiet machine.
 */
function timed(fn: () => unknown, runs: number): { wall: number[]; cpu: number[] } {
  fn()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const usage = process.cpuUsage()
    fn()
    const used = process.cpuUsage(usage)
    wall.push(performance.now() - start)
    cpu.push((used.user + used.system) / 1000)
  }
  return { wall, cpu }
}

/** Build time and heap of an engine. */
function built(make: () => Engine): { engine: Engine; buildMs: number; buildCpuMs: number; heapMb: number } {
  const before = heapUsed()
  const start = performance.now()
  const usage = process.cpuUsage()
  const engine = make()
  const used = process.cpuUsage(usage)
  const buildMs = performance.now() - start
  return { engine, buildMs, buildCpuMs: (used.user + used.system) / 1000, heapMb: (heapUsed() - before) / 1048576 }
}

function speed(): boolean {
  const entities = loadGazetteer()
  const vocabulary = vocabularyOf(
    loadAuthoredArticles().flatMap((a) => a.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))),
  )
  const articles = generateCorpus({ size: SIZE, entities, vocabulary })
  const engine = createQueryEngine(articles, entities)
  console.log(
    `\n${SIZE.toLocaleString('en')} synthetic articles (${vocabulary.length} words drawn by corpus frequency); ${load()}`,
  )
  const ours = built(() => createSearchEngine(engine, entities))
  const old = built(() => createMiniSearchEngine(engine, entities))
  const search = ours.engine
  const oldNote = (value: string) => `   (MiniSearch engine ${value})`
  console.log(
    beside(
      'search index build',
      `${(ours.buildMs / 1000).toFixed(1)} s`,
      ours.buildMs <= GOALS.buildMs,
      '<= 10 s',
      oldNote(`${(old.buildMs / 1000).toFixed(1)} s`),
    ),
  )
  console.log(`    CPU time of the build: ${(ours.buildCpuMs / 1000).toFixed(1)} s`)
  console.log(
    beside(
      'search index heap',
      `${ours.heapMb.toFixed(0)} MB`,
      ours.heapMb <= GOALS.heapMb,
      '<= 400 MB',
      oldNote(`${old.heapMb.toFixed(0)} MB`),
    ),
  )

  const texts = engine.sorted.map((a) => foldText([a.title, a.dek, ...a.paragraphs].join(' ')))
  let pass = ours.buildMs <= GOALS.buildMs && ours.heapMb <= GOALS.heapMb
  const differ: string[] = []
  for (const filter of FILTERS) {
    const all: number[] = []
    const allCpu: number[] = []
    const miniSearch: number[] = []
    const today: number[] = []
    const naive: number[] = []
    for (const q of QUERIES) {
      const first = search.search({ q, entities: filter, limit: 20 })
      const before = old.engine.search({ q, entities: filter, limit: 20 })
      if (!first.ok || !before.ok) throw new Error(`${q}: refused`)
      // Both engines AND the same stems: the same matches, so the same total and facets.
      if (first.value.total !== before.value.total) differ.push(`${q} [${filter.join()}]`)
    }
    // Each engine alone after a full collection: one engine's garbage is not collected in another's samples.
    collect()
    const oneWord: number[] = []
    const moreWords: number[] = []
    for (const q of QUERIES) {
      const { wall, cpu } = timed(() => search.search({ q, entities: filter, limit: 20 }), RUNS)
      all.push(...wall)
      allCpu.push(...cpu)
      ;(q.includes(' ') ? moreWords : oneWord).push(...wall)
    }
    collect()
    for (const q of QUERIES) {
      miniSearch.push(...samplesOf(() => old.engine.search({ q, entities: filter, limit: 20 }), BASELINE_RUNS, 0))
      today.push(...samplesOf(() => engine.query({ q, entities: filter, limit: 20 }), BASELINE_RUNS, 1))
      naive.push(...samplesOf(() => naiveSearch(texts, engine.sorted, q, filter[0]), BASELINE_RUNS, 0))
    }
    const { p50, p95 } = summary(all)
    const label = filter.length === 0 ? 'no filter' : `entity=${filter.join(',')}`
    const base = summary(miniSearch)
    console.log(`  1-3-word queries, ${label}:`)
    const cpu = summary(allCpu)
    console.log(beside('  search p50', ms(p50), p50 <= GOALS.p50, '<= 2 ms', oldNote(ms(base.p50))))
    console.log(beside('  search p95', ms(p95), p95 <= GOALS.p95, '<= 6 ms', oldNote(ms(base.p95))))
    console.log(`    CPU time of the same calls: p50 ${ms(cpu.p50)}, p95 ${ms(cpu.p95)}`)
    // One word unfiltered has its facets counted with the index (search-engine.ts): the two kinds apart.
    console.log(
      `    one word p50 ${ms(summary(oneWord).p50)}; two or three words p50 ${ms(summary(moreWords).p50)} p95 ${ms(summary(moreWords).p95)}`,
    )
    const substring = summary(today)
    const scan = summary(naive)
    console.log(
      `    baselines: substring engine p50 ${ms(substring.p50)} p95 ${ms(substring.p95)}; naive scan p50 ${ms(scan.p50)}`,
    )
    console.log(
      `    p50 ${(base.p50 / p50).toFixed(0)}× faster than MiniSearch, ${(scan.p50 / p50).toFixed(0)}× than the naive scan`,
    )
    pass &&= p50 <= GOALS.p50 && p95 <= GOALS.p95
  }
  if (differ.length > 0) console.log(`  totals differ from the MiniSearch engine: ${differ.join('; ')}`)
  collect()
  const suggestTimes = SUGGEST.map((q) => timed(() => search.suggest(q, 5), RUNS))
  const suggest = summary(suggestTimes.flatMap((t) => t.wall))
  const suggestCpu = summary(suggestTimes.flatMap((t) => t.cpu))
  const oldSuggest = summary(SUGGEST.flatMap((q) => samplesOf(() => old.engine.suggest(q, 5), BASELINE_RUNS, 1)))
  console.log(
    beside('suggest p50', ms(suggest.p50), suggest.p50 <= GOALS.suggestP50, '<= 1 ms', oldNote(ms(oldSuggest.p50))),
  )
  console.log(`    CPU time of the same calls: p50 ${ms(suggestCpu.p50)}`)
  console.log(`  ${load()}`)
  return pass && differ.length === 0 && suggest.p50 <= GOALS.suggestP50
}

export async function run(): Promise<boolean> {
  const relevant = relevance()
  const fast = speed()
  return relevant && fast
}
