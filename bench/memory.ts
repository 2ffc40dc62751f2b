// JS heap in the browser, after a full collection: Warta's first screen beside
// the floor's (bench/floor/), and Warta's feed with 100 then 1,000 articles
// loaded, each time scrolled back to the top. `npm run bench:memory` alone.
// Every wait runs in the page (untilInPage): Playwright's locators run its injected script in the page's
// isolate, and their polling left about 1.3 MB of its code and objects in the heap measured (more on the
// app that took longer), which made both apps look heavier and their ratio smaller.
import { chromium, type Page } from '@playwright/test'
import { serveSyntheticFeed } from '../tests/e2e/synthetic-feed'
import { startPreview } from './preview-server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium'
import { runWhenMain, untilInPage } from './measure'

const GOALS = { firstScreenRatio: 1.5, thousandToHundred: 2 }
const FLOOR_CONFIG = new URL('./floor/vite.config.ts', import.meta.url).pathname

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize
}

const LIST = `document.querySelector('ol[aria-label="Daftar artikel"]')`

async function firstScreen(page: Page, url: string): Promise<number> {
  await page.goto(url)
  // The whole first page (Warta commits the first screen's cards first, then the rest), after the load event.
  await untilInPage(page, `document.readyState === 'complete' && ${LIST}?.querySelectorAll('li article').length >= 20`)
  return heapAfterGc(page)
}

/** Loads more until the feed's list has `count` articles (its own aria-setsize), clicking its button in the page. */
async function loadArticlesInPage(page: Page, count: number): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const deadline = Date.now() + 120000
    const step = () => {
      const loaded = Number(${LIST}?.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize') ?? 0)
      if (loaded >= ${count}) return resolve()
      if (Date.now() > deadline) return reject(new Error('only ' + loaded + ' articles loaded'))
      const more = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Muat lebih banyak')
      if (more && more.getAttribute('aria-disabled') !== 'true') more.click()
      setTimeout(step, 50)
    }
    step()
  })`)
}

export const name = 'JS heap: first screen beside the floor, 1,000 articles beside 100'

export async function run(): Promise<boolean> {
  const port = Number(process.env.MEMORY_BENCH_PORT ?? 4179)
  const warta = await startPreview(port)
  const floor = await startPreview(port + 1, { configFile: FLOOR_CONFIG })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
  try {
    const phone = { viewport: { width: 412, height: 823 } }
    // A fresh page each, alternating, three times: the medians.
    const samples = { warta: [] as number[], floor: [] as number[] }
    for (let i = 0; i < 3; i++) {
      for (const app of ['warta', 'floor'] as const) {
        const page = await browser.newPage(phone)
        samples[app].push(await firstScreen(page, `${app === 'warta' ? warta.url : floor.url}/`))
        await page.close()
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
    const [w, f] = [median(samples.warta), median(samples.floor)]

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await serveSyntheticFeed(page, 1000)
    await page.goto(`${warta.url}/`)
    const atTop = async (count: number) => {
      await loadArticlesInPage(page, count)
      await page.evaluate('window.scrollTo(0, 0)')
      await untilInPage(page, `${LIST}?.querySelector('li[data-index="0"]')`)
      return heapAfterGc(page)
    }
    const hundred = await atTop(100)
    const thousand = await atTop(1000)
    await page.close()

    const firstOk = w <= GOALS.firstScreenRatio * f
    const scaleOk = thousand <= GOALS.thousandToHundred * hundred
    console.log(`\nJS heap after a full collection (Chromium, median of 3 fresh pages at 412×823)`)
    console.log(
      `  first screen   Warta ${mb(w)}  floor ${mb(f)}  ratio ${(w / f).toFixed(2)}  goal ≤ ${GOALS.firstScreenRatio}  ${firstOk ? 'PASS' : 'FAIL'}`,
    )
    console.log(
      `  feed at top    100 articles ${mb(hundred)}  1,000 articles ${mb(thousand)}  ratio ${(thousand / hundred).toFixed(2)}  goal ≤ ${GOALS.thousandToHundred}  ${scaleOk ? 'PASS' : 'FAIL'}`,
    )
    return firstOk && scaleOk
  } finally {
    await browser.close()
    await Promise.all([warta.close(), floor.close()])
  }
}

runWhenMain(import.meta.url, run)
