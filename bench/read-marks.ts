// Read marks at 10,000: the store opens (reads, checks and holds every mark)
// within 50 ms, and marking one more read costs the same at 1,000 as at 10,000
// marks (one append-only log shared by the values, and a Map from slug to entry).
// The write to storage serialises the whole kind, and is printed beside it.
import { createDisk, fakeStorage } from '../tests/fake-reader-storage'
import { FORMAT } from '../src/reader-data/kind-store'
import { createReadMarksStore, ReadMarks } from '../src/reader-data/read-marks'
import { summary } from './measure'

export const name = 'read marks (10,000 marks: open, mark one read)'

const OPEN_BUDGET_MS = 50
/** Marking one read at 10,000 marks may cost at most this many times what it costs at 1,000. */
const FLAT_RATIO = 3

const slug = (index: number) => `artikel-politik-dunia-nomor-${index}-tentang-perundingan`
const stored = (count: number) => ({
  format: FORMAT,
  kind: 'readMarks',
  version: 1,
  data: Array.from({ length: count }, (_, index) => [slug(index), 1_750_000_000_000 + index]),
})

const now = () => new Date()

async function openMs(count: number, runs: number): Promise<{ p50: number; p95: number }> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const disk = createDisk({ 'warta:readMarks': stored(count) })
    const start = performance.now()
    const store = createReadMarksStore({ storage: fakeStorage(disk), now, timeoutMs: 5000 })
    await store.ready
    samples.push(performance.now() - start)
    store.dispose()
  }
  return summary(samples)
}

/** Microseconds per mark, in memory, marking `marks` new articles read on top of `count`. */
function markInMemoryUs(count: number, marks = 2000): number {
  let value = ReadMarks.of(Array.from({ length: count }, (_, index) => [slug(index), index] as const))
  const start = performance.now()
  for (let index = 0; index < marks; index++) value = value.with(`baru-${index}`, index)
  return ((performance.now() - start) / marks) * 1000
}

/** Milliseconds per mark through the store, storage write included. */
async function markStoredMs(count: number, marks = 50): Promise<number> {
  const disk = createDisk({ 'warta:readMarks': stored(count) })
  const store = createReadMarksStore({ storage: fakeStorage(disk), now, timeoutMs: 5000 })
  await store.ready
  const start = performance.now()
  for (let index = 0; index < marks; index++) await store.markRead(`baru-${index}`)
  store.dispose()
  return (performance.now() - start) / marks
}

export async function run(): Promise<boolean> {
  await openMs(10_000, 3) // warm-up
  const open = await openMs(10_000, 15)
  markInMemoryUs(10_000) // warm-up
  const at1k = markInMemoryUs(1_000)
  const at10k = markInMemoryUs(10_000)
  const stored1k = await markStoredMs(1_000)
  const stored10k = await markStoredMs(10_000)
  // p50: two cores shared with other work make the tail noise, not the store.
  const openOk = open.p50 <= OPEN_BUDGET_MS
  const flatOk = at10k <= at1k * FLAT_RATIO
  const ms = (value: number) => `${value.toFixed(2)} ms`
  console.log(
    `  open 10,000 marks                      p50 ${ms(open.p50)}  p95 ${ms(open.p95)}  goal p50 <= ${OPEN_BUDGET_MS} ms  ${openOk ? 'PASS' : 'FAIL'}`,
  )
  console.log(
    `  mark one read, in memory               ${at1k.toFixed(2)} µs at 1,000  ${at10k.toFixed(2)} µs at 10,000  goal flat (<= ${FLAT_RATIO}x)  ${flatOk ? 'PASS' : 'FAIL'}`,
  )
  console.log(
    `  mark one read, stored (whole kind)     ${ms(stored1k)} at 1,000  ${ms(stored10k)} at 10,000  — reported (one record per kind: decision 020)`,
  )
  return openOk && flatOk
}
