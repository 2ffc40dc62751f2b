// `npm run bench`: every benchmark module in order; exits non-zero when a budget fails.
export {}

interface BenchModule {
  name: string
  /** Prints its figures; resolves to false when a budget is missed. */
  run: () => Promise<boolean>
}

const benches: (() => Promise<BenchModule>)[] = [
  () => import('./engine'),
  () => import('./follows'),
  () => import('./search'),
  () => import('./coverage'),
  () => import('./read-marks'),
  () => import('./budget'),
  () => import('./feed-performance'),
  () => import('./search-performance'),
  () => import('./map-performance'),
  () => import('./lighthouse'),
  () => import('./floor'),
  () => import('./memory'),
]

let failed = false
for (const load of benches) {
  const bench = await load()
  console.log(`== ${bench.name}`)
  const started = performance.now()
  const ok = await bench.run()
  console.log(`== ${bench.name}: ${ok ? 'PASS' : 'FAIL'} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  failed ||= !ok
}
process.exitCode = failed ? 1 : 0
