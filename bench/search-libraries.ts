// The comparison behind docs/decisions/010, run by hand:
//   npx tsx bench/search-libraries.ts [size]
// First @orama/stemmers' Indonesian stemmer against ours on the issue's word
// families, then MiniSearch, FlexSearch and Orama on the same synthetic corpus
// (real word frequencies): index build, heap, and the median of five runs of
// each query. The libraries index with their own tokenizers here: this measures
// the libraries, not our analysis.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { create, insertMultiple, search } from '@orama/orama'
import { stemmer as oramaStemmer } from '@orama/stemmers/indonesian'
import FlexSearch from 'flexsearch'
import MiniSearch from 'minisearch'
import { loadAuthoredArticles, loadGazetteer } from '../mocks/corpus'
import { generateCorpus, vocabularyOf } from '../mocks/generate-corpus'
import { stem } from '../src/lib/search-text/stemmer'

const FAMILIES = [
  'telepon menelepon ditelepon',
  'tarif tarifnya',
  'serang serangan menyerang',
  'temu bertemu pertemuan',
  'tolak menolak ditolak',
  'laku berlaku diberlakukan',
  'tanya bertanya ditanya',
  'kata mengatakan dikatakan',
  'damai perdamaian',
  'naik kenaikan menaikkan',
]
const QUERIES = ['tarif', 'putin', 'gencatan senjata', 'tarif india', 'harga minyak rusia']

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const heap = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

async function median(fn: () => unknown): Promise<number> {
  await fn()
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)[2]!
}

const meets = (stemmer: (word: string) => string) =>
  FAMILIES.filter((line) => new Set(line.split(' ').map(stemmer)).size === 1).length
console.log(`word families stemmed alike (of ${FAMILIES.length}):`)
console.log(`  @orama/stemmers indonesian ${meets(oramaStemmer)}, src/lib/search-text ${meets((w) => stem(w))}`)
for (const word of ['menelepon', 'bertemu', 'menolak', 'berlaku', 'bertanya']) {
  console.log(`  ${word}: orama '${oramaStemmer(word)}', ours '${stem(word)}'`)
}

const size = Number(process.argv[2] ?? 10_000)
const paragraphs = loadAuthoredArticles().flatMap((a) =>
  a.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])),
)
const articles = generateCorpus({ size, entities: loadGazetteer(), vocabulary: vocabularyOf(paragraphs) })
const docs = articles.map((a, id) => ({ id, title: a.title, dek: a.dek, body: a.paragraphs.join('\n') }))

async function measure(label: string, build: () => Promise<(q: string) => unknown>) {
  const before = heap()
  const start = performance.now()
  const query = await build()
  const seconds = (performance.now() - start) / 1000
  const mb = (heap() - before) / 1048576
  const times: string[] = []
  for (const q of QUERIES) times.push(`${q} ${(await median(() => query(q))).toFixed(2)} ms`)
  console.log(`${label} at ${size}: build ${seconds.toFixed(1)} s, heap ${mb.toFixed(0)} MB; ${times.join(', ')}`)
}

await measure('minisearch 7.2.0', async () => {
  const index = new MiniSearch({
    fields: ['title', 'dek', 'body'],
    searchOptions: { boost: { title: 4, dek: 2 }, combineWith: 'AND' },
  })
  index.addAll(docs)
  return (q) => index.search(q)
})
await measure('flexsearch 0.8.212', async () => {
  const index = new FlexSearch.Document({ document: { id: 'id', index: ['title', 'dek', 'body'] }, tokenize: 'strict' })
  for (const doc of docs) index.add(doc)
  return (q) => index.search(q, { limit: 20 })
})
await measure('@orama/orama 3.1.18', async () => {
  const db = create({ schema: { title: 'string', dek: 'string', body: 'string' } as const })
  await insertMultiple(
    db,
    docs.map(({ id, ...rest }) => ({ id: String(id), ...rest })),
    1000,
  )
  return (q) => search(db, { term: q, limit: 20, boost: { title: 4, dek: 2 } })
})
