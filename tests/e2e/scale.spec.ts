// The app over 100,000 generated articles (WARTA_CORPUS=synthetic:100000) at 4x CPU slowdown: the feed, a
// filter, the entity directory and an entity page, and the bookmarks keep the element budget, and no answer
// of the API grows with the corpus. The spec serves the production build (made by the suite's own web
// server) on a preview of its own, so the rest of the suite keeps the authored corpus.
//
// Long tasks are measured too and reported beside issue 13's goal (none over 50 ms at 4x CPU), not
// asserted: on a shared 2-core machine the same steps over the 43 authored articles run tasks of 100 ms to 1 s,
// so the goal is for the first load and the rendering to meet, not the corpus size (the spec prints each
// step's figures).
import { spawn, type ChildProcess } from 'node:child_process'
import type { Locator, Page } from '@playwright/test'
import { ALONE, expect as baseExpect, test } from './fixtures'

const ARTICLES = 100_000
const ELEMENT_BUDGET = 1500
const LONG_TASK_GOAL_MS = 50
/** The largest API answer at 100,000 articles is ~30 KB (a page of 20 summaries): nothing may scale with N. */
const RESPONSE_BUDGET_BYTES = 64 * 1024
const CPU_SLOWDOWN = 4
const port = Number(process.env.E2E_SCALE_PORT ?? Number(process.env.E2E_PORT ?? 4174) + 2)

// Every step runs at 4x CPU slowdown, on a machine that may be busy with other work.
const expect = baseExpect.configure({ timeout: 20_000 })

let server: ChildProcess | undefined

/** Starts `vite preview` over the generated corpus; resolves when the mock API says the corpus is built. */
function startPreview(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { env: { ...process.env, WARTA_CORPUS: `synthetic:${ARTICLES}` }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    const listen = (chunk: Buffer) => {
      output += chunk.toString()
      const ready = /synthetic corpus ready in ([\d.]+ s)/.exec(output)
      if (ready) {
        console.log(`${ARTICLES.toLocaleString('en')} articles built in ${ready[1]}`)
        resolve(child)
      }
    }
    child.stdout.on('data', listen)
    child.stderr.on('data', listen)
    child.once('exit', (code) =>
      reject(new Error(`vite preview exited (${code}) before the corpus was built:\n${output}`)),
    )
  })
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  server = await startPreview()
})

test.afterAll(() => {
  server?.kill()
})

test.use({ baseURL: `http://127.0.0.1:${port}`, viewport: { width: 1280, height: 800 } })

/** Keeps every long task from the page's start (buffered), with when it began. */
function watchLongTasks(page: Page) {
  return page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = []
    Object.assign(window, { __longTasks: tasks })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
}

/**
 * A click at the element's centre, found before the step is timed: Playwright's role queries run in
 * the page and would be timed as the app's long tasks.
 */
async function clickOn(locator: Locator): Promise<() => Promise<void>> {
  await locator.scrollIntoViewIfNeeded()
  const box = await locator.boundingBox()
  if (!box) throw new Error(`${locator.toString()} has no box`)
  return () => locator.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

/** Waits for a live region saying `pattern`, with a check cheap enough not to be a long task itself. */
const statusSays = (page: Page, pattern: RegExp) =>
  page.waitForFunction(
    (source) =>
      [...document.querySelectorAll('[role=status]')].some((status) =>
        new RegExp(source).test(status.textContent ?? ''),
      ),
    pattern.source,
  )

interface StepFigures {
  step: string
  elements: number
  longTasks: number[]
}

/**
 * Times `act` until `ready`: the elements on the page then, and every long task that began meanwhile
 * (on the first load, every task of the new document, whose clock starts at 0).
 */
async function timed(page: Page, step: string, act: () => Promise<unknown>, ready: () => Promise<unknown>) {
  const firstLoad = page.url() === 'about:blank'
  const since = firstLoad ? 0 : await page.evaluate(() => performance.now())
  await act()
  await ready()
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  )
  return {
    step,
    elements: await page.evaluate(() => document.querySelectorAll('*').length),
    longTasks: tasks.filter((task) => task.start >= since).map((task) => Math.round(task.duration)),
  } satisfies StepFigures
}

test(
  `${ARTICLES.toLocaleString('en')} articles at ${CPU_SLOWDOWN}x CPU: the feed, a filter, an entity page, the bookmarks and an article keep the element budget`,
  ALONE,
  async ({ page }) => {
    test.setTimeout(180_000)
    // Bounds the cheap in-page waits (waitForFunction), as `expect` is bounded above.
    page.setDefaultTimeout(30_000)
    const answers: { url: string; bytes: number }[] = []
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return
      // A body the page no longer holds (it navigated on) is not an answer to weigh.
      const body = await response.body().catch(() => null)
      if (body) answers.push({ url: response.url(), bytes: body.length })
    })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await watchLongTasks(page)
    const main = page.getByRole('main')
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' })
    const figures: StepFigures[] = []

    figures.push(
      await timed(
        page,
        'feed, first screen',
        () => page.goto('/'),
        () => statusSays(page, /^100\.000 artikel$/),
      ),
    )
    await expect(page.getByRole('list', { name: 'Daftar artikel' }).getByRole('article')).not.toHaveCount(0)

    const xi = await clickOn(
      page.getByRole('complementary', { name: 'Saring berita' }).getByRole('button', { name: /^Xi Jinping,/ }),
    )
    figures.push(await timed(page, 'filter (Xi Jinping)', xi, () => statusSays(page, /artikel tentang Xi Jinping$/)))
    await expect(page).toHaveURL(/\?entity=xi-jinping$/)

    // Three articles saved from the filtered feed, for the bookmarks page.
    for (let saved = 1; saved <= 3; saved++) {
      await main.getByRole('button', { name: 'Simpan', exact: true }).first().click()
      await expect(main.getByRole('button', { name: 'Tersimpan', exact: true })).toHaveCount(saved)
    }

    const directory = await clickOn(nav.getByRole('link', { name: 'Topik' }))
    figures.push(
      await timed(page, 'entity directory', directory, () =>
        page.waitForFunction(() => document.querySelector('main a[href="/entities/vladimir-putin"]') !== null),
      ),
    )
    const putin = await clickOn(main.getByRole('link', { name: 'Vladimir Putin', exact: true }).first())
    figures.push(
      await timed(page, 'entity page (Vladimir Putin)', putin, () =>
        page.waitForFunction(
          () =>
            /Vladimir Putin/.test(document.querySelector('h1')?.textContent ?? '') &&
            document.querySelector('main article') !== null,
        ),
      ),
    )
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Vladimir Putin')

    const bookmarks = await clickOn(nav.getByRole('link', { name: /^Tersimpan/ }))
    figures.push(
      await timed(page, 'bookmarks (3 saved)', bookmarks, () =>
        page.waitForFunction(() => document.querySelectorAll('ol[aria-label="Artikel tersimpan"] > li').length === 3),
      ),
    )
    const saved = page.getByRole('list', { name: 'Artikel tersimpan' })
    await expect(saved.getByRole('listitem')).toHaveCount(3)

    // Beyond the four: an article whose story holds thousands (the newest about Xi: 4,652 at this seed).
    const title = 'Xi Jinping memuji bantuan militer'
    const article = await clickOn(saved.getByRole('link', { name: title, exact: true }))
    figures.push(
      await timed(page, 'article', article, () =>
        page.waitForFunction(
          (wanted) =>
            document.querySelector('main h1')?.textContent === wanted &&
            document.getElementById('story-heading') !== null,
          title,
        ),
      ),
    )
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    const story = page.getByRole('region', { name: 'Perkembangan cerita' })
    await expect(story.getByRole('link', { name: /^Lihat seluruh cerita \([\d.]+ artikel\)$/ })).toBeVisible()
    expect(await story.getByRole('listitem').count()).toBeLessThanOrEqual(12)

    const report = figures.map(
      ({ step, elements, longTasks }) =>
        `${step}: ${elements} elements; longest task ${Math.max(0, ...longTasks)} ms (${longTasks.length} over 50 ms)`,
    )
    const largest = answers.reduce((a, b) => (b.bytes > a.bytes ? b : a), { url: '', bytes: 0 })
    report.push(`largest API answer: ${(largest.bytes / 1024).toFixed(1)} KB (${largest.url})`)
    console.log(report.join('\n'))
    const overGoal = figures.filter(({ longTasks }) => Math.max(0, ...longTasks) > LONG_TASK_GOAL_MS)
    test.info().annotations.push({
      type: 'goal (issue 13), not asserted',
      description:
        `no task over ${LONG_TASK_GOAL_MS} ms at ${CPU_SLOWDOWN}x CPU: ` +
        (overGoal.length === 0 ? 'met in this run' : `not met in ${overGoal.map((f) => f.step).join(', ')}`),
    })

    for (const { step, elements } of figures) {
      expect.soft(elements, `${step}: elements`).toBeLessThanOrEqual(ELEMENT_BUDGET)
    }
    expect(answers.length).toBeGreaterThan(0)
    for (const { url, bytes } of answers) {
      expect.soft(bytes, `${url}: bytes`).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES)
    }
  },
)
