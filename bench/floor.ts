// Warta beside the floor (bench/floor/: the least an app of the same stack can
// do), Lighthouse 12.2.3 mobile preset, runs interleaved Warta/floor so that
// both see the same machine. Absolute scores move with the machine's load;
// the ratios to the floor in the same run are what the goals are about.
// `npm run bench:floor` alone (FLOOR_RUNS=n for more runs), or within `npm run bench`.
import { availableParallelism, loadavg } from 'node:os'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { firstVisitJs } from './budget'
import { startPreview } from './preview-server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium'
import { runWhenMain } from './measure'

const RUNS = Number(process.env.FLOOR_RUNS ?? 5)
const FLOOR_CONFIG = new URL('./floor/vite.config.ts', import.meta.url).pathname
const PAGES = [
  ['feed', '/'],
  ['article', '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'],
] as const
const GOALS = { tbtRatio: 1.5, lcpRatio: 1.1, jsKb: 115, performance: 95 }

type Sample = {
  performance: number
  lcp: number
  tbt: number
  longestTask: number
  scriptKb: number
  benchmarkIndex: number
}
type App = 'warta' | 'floor'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

async function measure(url: string, port: number): Promise<Sample> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { audits, categories } = result.lhr
  const items = (id: string) => ((audits[id]?.details as { items?: Record<string, unknown>[] }) ?? {}).items ?? []
  const scripts = items('network-requests').filter((item) => item.resourceType === 'Script')
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    longestTask: Math.max(0, ...items('long-tasks').map((item) => Number(item.duration))),
    scriptKb: scripts.reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0) / 1024,
    // Lighthouse's measure of this machine's CPU (a Pixel 5 scores about 1000): absolute figures move with it.
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
  }
}

async function runFloorBench(): Promise<boolean> {
  const basePort = Number(process.env.FLOOR_BENCH_PORT ?? 4177)
  const servers = {
    warta: await startPreview(basePort, { fresh: true }),
    floor: await startPreview(basePort + 1, { configFile: FLOOR_CONFIG, fresh: true }),
  }
  const js = {
    warta: firstVisitJs(new URL('../dist/', import.meta.url).pathname),
    floor: firstVisitJs(new URL('./floor/dist/', import.meta.url).pathname),
  }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  })
  const samples = new Map<string, Sample[]>()
  const loadBefore = load()
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [page, path] of PAGES) {
        // Alternate who goes first, so neither always meets a warmer machine.
        const order: App[] = run % 2 ? ['floor', 'warta'] : ['warta', 'floor']
        for (const app of order) {
          const key = `${page}:${app}`
          const sample = await measure(`${servers[app].url}${path}`, chrome.port)
          samples.set(key, [...(samples.get(key) ?? []), sample])
          console.log(`  run ${run + 1} ${key.padEnd(13)} ${JSON.stringify(sample)}`)
        }
      }
    }
  } finally {
    chrome.kill()
    await Promise.all([servers.warta.close(), servers.floor.close()])
  }

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(`\nWarta beside the floor: Lighthouse 12.2.3 mobile preset, ${RUNS} interleaved runs each`)
  console.log(`  load average (1, 5, 15 min) before ${loadBefore}, after ${load()} on ${availableParallelism()} cores`)
  const jsOk = js.warta <= GOALS.jsKb * 1024
  console.log(
    `  first-visit JS (gzip)  Warta ${kb(js.warta)}  floor ${kb(js.floor)}  goal ≤ ${GOALS.jsKb} KB  ${jsOk ? 'PASS' : 'FAIL'}`,
  )
  let ok = jsOk
  for (const [page] of PAGES) {
    const warta = samples.get(`${page}:warta`) ?? []
    const floor = samples.get(`${page}:floor`) ?? []
    console.log(`  ${page}`)
    const row = (label: string, pick: (sample: Sample) => number, unit: string) => {
      const values = { warta: warta.map(pick), floor: floor.map(pick) }
      const spread = (list: number[]) => `${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)}`
      const [w, f] = [median(values.warta), median(values.floor)]
      console.log(
        `    ${label.padEnd(13)} Warta ${w.toFixed(0).padStart(5)}${unit} (${spread(values.warta)})  floor ${f
          .toFixed(0)
          .padStart(5)}${unit} (${spread(values.floor)})  ratio ${(w / f).toFixed(2)}`,
      )
      return { w, f }
    }
    const perf = row('performance', (s) => s.performance, '  ')
    const lcp = row('LCP', (s) => s.lcp, 'ms')
    const tbt = row('TBT', (s) => s.tbt, 'ms')
    row('longest task', (s) => s.longestTask, 'ms')
    row('script KB', (s) => s.scriptKb, 'KB')
    row('CPU index', (s) => s.benchmarkIndex, '  ')
    const checks = [
      [`TBT ≤ ${GOALS.tbtRatio}x floor`, tbt.w <= GOALS.tbtRatio * Math.max(tbt.f, 1)],
      [`LCP ≤ ${GOALS.lcpRatio}x floor`, lcp.w <= GOALS.lcpRatio * lcp.f],
      [`performance ≥ ${GOALS.performance}`, perf.w >= GOALS.performance],
    ] as const
    for (const [goal, met] of checks) console.log(`    ${goal.padEnd(22)} ${met ? 'PASS' : 'FAIL'}`)
    ok &&= checks.every(([, met]) => met)
  }
  return ok
}

runWhenMain(import.meta.url, runFloorBench)

export const name = 'Warta beside the floor (Lighthouse, interleaved)'
export const run = runFloorBench
