// `npm run bench`: every benchmark module in order, each in a process of its own; exits non-zero when a budget
// fails. In one process, the engine benches' 100k corpora and indexes stayed in the heap, and its garbage
// collection ran on the cores the browser benches then measured (decision 036). `tsx bench/run.ts <name>` runs one.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

interface BenchModule {
  name: string
  /** Prints its figures; resolves to false when a budget is missed. */
  run: () => Promise<boolean>
}

const benches: Record<string, () => Promise<BenchModule>> = {
  engine: () => import('./engine'),
  follows: () => import('./follows'),
  search: () => import('./search'),
  coverage: () => import('./coverage'),
  'read-marks': () => import('./read-marks'),
  budget: () => import('./budget'),
  'feed-performance': () => import('./feed-performance'),
  'search-performance': () => import('./search-performance'),
  'map-performance': () => import('./map-performance'),
  lighthouse: () => import('./lighthouse'),
  floor: () => import('./floor'),
  memory: () => import('./memory'),
}

async function runOne(key: string): Promise<boolean> {
  const load = benches[key]
  if (!load) throw new Error(`No bench named ${key}: ${Object.keys(benches).join(', ')}`)
  const bench = await load()
  console.log(`== ${bench.name}`)
  const started = performance.now()
  const ok = await bench.run()
  console.log(`== ${bench.name}: ${ok ? 'PASS' : 'FAIL'} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  return ok
}

const only = process.argv[2]
if (only) {
  process.exit((await runOne(only)) ? 0 : 1)
} else {
  let failed = false
  for (const key of Object.keys(benches)) {
    // The same Node and loader (tsx's flags are in execArgv), this file, one bench.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), key], {
      stdio: 'inherit',
    })
    failed ||= child.status !== 0
  }
  process.exitCode = failed ? 1 : 0
}
