// Follows and what is new: new counts for 50 followed leaders and countries at
// 100k synthetic articles (GET /api/counts, from the query engine's bitsets),
// and how long the reader data takes to open with 500 follows and 10,000 read marks stored.
import { createDisk, fakeStorage } from '../tests/fake-reader-storage'
import { loadGazetteer } from '../mocks/corpus'
import { generateCorpus } from '../mocks/generate-corpus'
import { createQueryEngine } from '../mocks/query-engine'
import { encodeDocument, FORMAT } from '../src/reader-data/kind-store'
import { followsKind } from '../src/reader-data/follows'
import { createReaderData, type ReaderData } from '../src/reader-data/reader-data'
import { summary, time } from './measure'

export const name = 'follows and new counts'

const ARTICLES = 100_000
const FOLLOWED = 50
const BUDGET_COUNTS_P50_MS = 2
const FOLLOWS = 500
const READ_MARKS = 10_000
const BUDGET_OPEN_MS = 50

const ms = (value: number) => `${value.toFixed(3)} ms`
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL')

/** What the reader has stored when the store opens, by storage key (a kind joining the target adds its own). */
function storedDocuments(): Record<string, unknown> {
  const follows = Array.from({ length: FOLLOWS }, (_, index) => ({
    id: `followed-${index}`,
    followedAt: new Date(Date.UTC(2025, 7, 1) + index * 60_000).toISOString(),
  }))
  const readMarks = Array.from({ length: READ_MARKS }, (_, index) => [`artikel-${index}`, Date.UTC(2025, 8, 1) + index])
  return {
    'warta:follows': encodeDocument(followsKind, follows, 1, 'bench'),
    // As the read-marks kind stores itself: [slug, epoch ms] pairs.
    'warta:readMarks': { format: FORMAT, kind: 'readMarks', version: 1, revision: 1, writer: 'bench', data: readMarks },
  }
}

/** The stores of the kinds above: opened is when they are all ready. */
const storesOf = (readerData: ReaderData) => [
  readerData.follows,
  readerData.visits,
  readerData.bookmarks,
  readerData.readMarks,
  readerData.positions,
]

async function openOnce(): Promise<number> {
  const disk = createDisk(storedDocuments())
  const started = performance.now()
  const readerData = createReaderData({ storage: fakeStorage(disk), quickStorage: null })
  await Promise.all(storesOf(readerData).map((store) => store.ready))
  const elapsed = performance.now() - started
  if (readerData.follows.getState().value.length !== FOLLOWS) throw new Error('the follows did not open whole')
  if (readerData.readMarks.getState().value.size !== READ_MARKS) throw new Error('the read marks did not open whole')
  return elapsed
}

export async function run(): Promise<boolean> {
  const gazetteer = loadGazetteer()
  // The gazetteer has 48 leaders and countries: two more, so that 50 real ones are followed.
  const entities = [
    ...gazetteer,
    ...[1, 2].map((n) => ({ id: `bench-leader-${n}`, type: 'person' as const, name: `Bench ${n}` })),
  ]
  const engine = createQueryEngine(generateCorpus({ size: ARTICLES, entities }), entities)
  const followed = entities.slice(0, FOLLOWED).map((entity) => entity.id)
  const newest = Date.parse(engine.sorted[0]!.publishedAt)
  let pass = true
  console.log(`\n${ARTICLES.toLocaleString('en')} articles, ${followed.length} followed leaders and countries`)
  for (const [label, back] of [
    ['since a day ago', 86_400_000],
    ['since a week ago', 7 * 86_400_000],
    ['since the first article (all)', Number.POSITIVE_INFINITY],
  ] as const) {
    const since = new Date(Number.isFinite(back) ? newest - back : 0).toISOString()
    // As the handler does it: the query string read, the counts made, the body written.
    const url = `/api/counts?${followed.map((id) => `entity=${id}`).join('&')}&since=${encodeURIComponent(since)}`
    const answer = () => {
      const params = new URL(url, 'http://localhost').searchParams
      const counted = engine.countSince(params.getAll('entity'), params.get('since')!)
      if (!counted.ok) throw new Error(counted.error.message)
      return JSON.stringify({ since, ...counted.value })
    }
    const total = (JSON.parse(answer()) as { total: number }).total
    const { p50, p95 } = time(answer, 200)
    const ok = p50 <= BUDGET_COUNTS_P50_MS
    pass &&= ok
    console.log(
      `  new counts ${label.padEnd(30)} total ${String(total).padStart(6)}  p50 ${ms(p50)}  p95 ${ms(p95)}  target p50 ≤ ${BUDGET_COUNTS_P50_MS} ms: ${verdict(ok)}`,
    )
  }

  await openOnce()
  const opens: number[] = []
  for (let i = 0; i < 20; i++) opens.push(await openOnce())
  const { p50, p95 } = summary(opens)
  const ok = p50 <= BUDGET_OPEN_MS
  pass &&= ok
  console.log(
    `\nReader data with ${FOLLOWS} follows and ${READ_MARKS.toLocaleString('en')} read marks opens in p50 ${ms(p50)}  p95 ${ms(p95)}  target ≤ ${BUDGET_OPEN_MS} ms: ${verdict(ok)}`,
  )
  return pass
}
