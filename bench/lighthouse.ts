// Lighthouse 12.2.3, mobile preset, Debian's Chromium, against the preview
// build: the feed and the seed article. Prints the four scores and LCP, TBT,
// CLS next to their goals. Slow and noisy: part of `npm run bench`, not CI.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startPreview } from './preview-server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium'
import { runWhenMain } from './measure'

const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 } as const
const PAGES = [
  ['feed', '/'],
  ['seed article', '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'],
] as const

async function runLighthouse(): Promise<boolean> {
  const preview = await startPreview(Number(process.env.LIGHTHOUSE_PORT ?? 4175))
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  })
  let allMet = true
  try {
    console.log('\nLighthouse 12.2.3, mobile preset (simulated throttling)')
    for (const [name, path] of PAGES) {
      const result = await lighthouse(`${preview.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' })
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
      const { categories, audits } = result.lhr
      console.log(`  ${name} (${path})`)
      for (const [id, goal] of Object.entries(GOALS)) {
        const score = Math.round((categories[id]?.score ?? 0) * 100)
        const met = score >= goal
        allMet &&= met
        console.log(`    ${id.padEnd(15)} ${String(score).padStart(3)}  goal ≥ ${goal}  ${met ? 'PASS' : 'FAIL'}`)
        if (!met) {
          for (const ref of categories[id]?.auditRefs ?? []) {
            const audit = audits[ref.id]
            if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0)
              console.log(`      - ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`)
          }
        }
      }
      const metric = (id: string) => audits[id]?.displayValue ?? 'n/a'
      console.log(
        `    LCP ${metric('largest-contentful-paint')}  TBT ${metric('total-blocking-time')}  CLS ${metric('cumulative-layout-shift')}`,
      )
    }
  } finally {
    chrome.kill()
    await preview.close()
  }
  return allMet
}

runWhenMain(import.meta.url, runLighthouse)

export const name = 'Lighthouse on the preview build'
export const run = runLighthouse
