// What every engine bench measures with: heap after a full collection, and
// the milliseconds of repeated calls (after a warm-up) as samples or p50/p95;
// and how a bench file runs alone.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Page } from '@playwright/test'

// gc() without a CLI flag, so `tsx bench/run.ts` needs nothing special.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** A full collection, so that garbage left by an earlier measurement is not collected during the next. */
export function collect(): void {
  gc()
  gc()
}

/** The JS heap and the typed arrays' buffers (outside the heap, but memory an index holds all the same). */
export function heapUsed(): number {
  collect()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

/** Milliseconds of each of `runs` calls, after a few warm-up calls. */
export function samplesOf(fn: () => unknown, runs: number, warmUp = Math.min(5, runs)): number[] {
  for (let i = 0; i < warmUp; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN
}

export function summary(samples: readonly number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) }
}

/** p50 and p95 of `runs` calls. */
export const time = (fn: () => unknown, runs: number) => summary(samplesOf(fn, runs))

/** Runs `bench` when its file is the one started (`npx tsx bench/x.ts`), exiting 0 when it passes. */
export function runWhenMain(moduleUrl: string, bench: () => Promise<boolean>): void {
  if (moduleUrl !== `file://${process.argv[1]}`) return
  bench().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}

/** The browser benches' slow phone: Chromium's CPU throttling at 4× from now on, for `page`. */
export async function slowCpu(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

/**
 * Waits in the page, an animation frame at a time, until `condition` (an expression, as source: tsx would inject
 * helpers the page does not have) holds. Playwright's locators poll with script of their own, tasks that a
 * bench at 4x CPU would count as the app's.
 */
export async function untilInPage(page: Page, condition: string): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const check = () => ((${condition}) ? resolve() : requestAnimationFrame(check))
    check()
  })`)
}

/** One main-thread task: its wall-clock time, and its thread time (the CPU the thread itself used). */
export type TaskTime = { wallMs: number; threadMs: number }

type TraceEvent = {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/**
 * The page's main-thread tasks while `action` runs, from a Chrome trace.
 * Each comes with its thread time: Chromium's CPU throttling counts in it (a 4× slower phone's work), the time
 * a shared machine gives other processes does not. The browser's "long task" entries are wall-clock only, so
 * on a loaded machine a 30 ms task could be reported at 60 ms (decision 036).
 */
export async function tracedTasks(page: Page, action: () => Promise<void>): Promise<TaskTime[]> {
  const browser = page.context().browser()
  if (!browser) throw new Error('tracedTasks needs a page of a launched browser')
  // "toplevel" alone: each task, and little tracing work of its own inside the tasks it measures.
  await browser.startTracing(page, { categories: ['toplevel'] })
  let trace: Buffer
  try {
    await action()
  } finally {
    trace = await browser.stopTracing()
  }
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
  const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask')
  // The page's renderer main thread: of the renderers' main threads, the one that worked most.
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread))
  const busy = new Map<string, number>()
  for (const task of tasks)
    if (mains.has(thread(task))) busy.set(thread(task), (busy.get(thread(task)) ?? 0) + task.dur!)
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0]
  return tasks
    .filter((task) => thread(task) === main)
    .map((task) => ({ wallMs: task.dur! / 1000, threadMs: (task.tdur ?? task.dur!) / 1000 }))
}

/** The longest task's thread time and, in brackets, the longest wall-clock time (not always the same task's). */
export function longestTask(tasks: TaskTime[]): { threadMs: number; wallMs: number; shown: string } {
  const threadMs = Math.max(0, ...tasks.map((task) => task.threadMs))
  const wallMs = Math.max(0, ...tasks.map((task) => task.wallMs))
  return { threadMs, wallMs, shown: `${threadMs.toFixed(0)} (${wallMs.toFixed(0)})` }
}
