// A synthetic corpus of any size for benchmarks and tests, in the annotated
// shape the query engine takes. Deterministic: the same seed gives the same corpus.
import type { IndexableArticle, IndexableEntity } from './query-engine.ts'

export interface SyntheticEntity extends IndexableEntity {
  name: string
}

export interface GenerateOptions {
  size: number
  /** PRNG seed; the same seed and entities give the same corpus. */
  seed?: number
  /** Usually the gazetteer; people listed first are treated as the most frequent. */
  entities: readonly SyntheticEntity[]
  /** Distinct timestamps; fewer than `size` means many ties. Default: size / 8 (at least 4). */
  timestamps?: number
  /**
   * Words with their counts, drawn by frequency for the body text (see vocabularyOf): with the
   * real corpus's counts, the synthetic text has Indonesian's word frequencies (a few function
   * words very common, a long tail of rare ones), so a search bench meets realistic posting lists.
   * Default: a short list of filler words, drawn uniformly.
   */
  vocabulary?: readonly (readonly [word: string, count: number])[]
}

/** Word counts of some texts, most frequent first, words as written (case kept). */
export function vocabularyOf(texts: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const word of text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}

/** Draws words in proportion to their counts (binary search over the running total). */
function wordSampler(vocabulary: readonly (readonly [string, number])[], random: () => number): () => string {
  const words = vocabulary.map(([word]) => word)
  const cumulative = new Float64Array(vocabulary.length)
  let total = 0
  vocabulary.forEach(([, count], i) => {
    total += count
    cumulative[i] = total
  })
  return () => {
    const target = random() * total
    let lo = 0
    let hi = words.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((cumulative[mid] ?? 0) <= target) lo = mid + 1
      else hi = mid
    }
    return words[lo]!
  }
}

/** mulberry32: small, fast, good enough for test data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const VERBS = [
  'bertemu',
  'menelepon',
  'mengkritik',
  'memuji',
  'membahas',
  'menolak',
  'mendukung',
  'mengancam',
  'menyambut',
  'memperingatkan',
]
const TOPICS = [
  'gencatan senjata',
  'tarif impor',
  'sanksi minyak',
  'bantuan militer',
  'jaminan keamanan',
  'harga energi',
  'pertukaran tahanan',
  'KTT Alaska',
  'perdagangan bebas',
  'pasokan gandum',
]
const FILLER = [
  'pemerintah',
  'menurut',
  'laporan',
  'pejabat',
  'pekan',
  'depan',
  'perundingan',
  'kesepakatan',
  'wilayah',
  'perang',
  'ekonomi',
  'pasar',
  'diplomasi',
  'pernyataan',
  'resmi',
  'kantor',
  'berita',
  'sumber',
  'dekat',
  'tekanan',
  'sekutu',
  'tarif',
  'minyak',
  'ekspor',
  'anggaran',
  'militer',
  'kunjungan',
  'telepon',
  'dialog',
  'keamanan',
]
// Some names are written with their diacritics in the text, so `q` must fold them.
const SPELLING: Readonly<Record<string, string>> = {
  'recep-tayyip-erdogan': 'Erdoğan',
  'luiz-inacio-lula-da-silva': 'Lula da Silva',
  'volodymyr-zelensky': 'Zelenskyy',
}

// The most-mentioned people first; everyone else follows in gazetteer order.
const HEADLINERS = [
  'vladimir-putin',
  'donald-trump',
  'volodymyr-zelensky',
  'xi-jinping',
  'narendra-modi',
  'steve-witkoff',
]
const HEADLINER_RATES = [0.27, 0.24, 0.16, 0.08, 0.06, 0.05]

/**
 * Per-article mention probabilities: a few leaders very often (Putin ~27%, Trump ~24%),
 * then a long tail falling off with rank; countries likewise, less steeply.
 */
function mentionProbabilities(entities: readonly SyntheticEntity[]): number[] {
  let tailRank = 0
  let countryRank = 0
  return entities.map((entity) => {
    if (entity.type === 'country') return 0.15 / (1 + countryRank++ / 2)
    const headliner = HEADLINERS.indexOf(entity.id)
    if (headliner >= 0) return HEADLINER_RATES[headliner] ?? 0.05
    return 0.04 / (1 + tailRank++ / 3)
  })
}

export function generateCorpus({
  size,
  seed = 20250815,
  entities,
  timestamps,
  vocabulary,
}: GenerateOptions): IndexableArticle[] {
  const random = createRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const word = vocabulary && vocabulary.length > 0 ? wordSampler(vocabulary, random) : () => pick(FILLER)
  const probabilities = mentionProbabilities(entities)
  const people = entities.filter((e) => e.type === 'person')
  const slots = Math.max(4, timestamps ?? Math.ceil(size / 8))
  // 25 July – 31 August 2025, WIB; slots spread evenly, each shared by about size/slots articles.
  const from = Date.parse('2025-07-25T00:00:00+07:00')
  const span = Date.parse('2025-08-31T23:00:00+07:00') - from
  const step = Math.max(60_000, Math.floor(span / slots / 60_000) * 60_000)
  const wib = (time: number) => `${new Date(time + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`

  const articles: IndexableArticle[] = []
  for (let i = 0; i < size; i++) {
    const entityIds: string[] = []
    const names: string[] = []
    entities.forEach((entity, e) => {
      if (random() < probabilities[e]!) {
        entityIds.push(entity.id)
        names.push(SPELLING[entity.id] ?? entity.name)
      }
    })
    if (entityIds.length === 0 && people.length > 0) {
      const person = pick(people)
      entityIds.push(person.id)
      names.push(SPELLING[person.id] ?? person.name)
    }
    const lead = names[0] ?? 'Pemerintah'
    const topic = pick(TOPICS)
    const title = `${lead} ${pick(VERBS)} ${topic}`
    const paragraphs: string[] = []
    const paragraphCount = 2 + Math.floor(random() * 3)
    for (let p = 0; p < paragraphCount; p++) {
      const words: string[] = []
      const length = 10 + Math.floor(random() * 14)
      for (let w = 0; w < length; w++) words.push(word())
      const name = names[p % Math.max(1, names.length)] ?? lead
      paragraphs.push(`${name} ${pick(VERBS)} ${pick(TOPICS)}, ${words.join(' ')}.`)
    }
    const slot = Math.floor(random() * slots)
    articles.push({
      slug: `${topic.replace(/ /g, '-').toLowerCase()}-${i.toString(36)}`,
      publishedAt: wib(from + slot * step),
      title,
      dek: `${lead} ${pick(VERBS)} ${pick(TOPICS)} di tengah ${word()} ${word()}.`,
      paragraphs,
      entityIds,
    })
  }
  return articles
}
