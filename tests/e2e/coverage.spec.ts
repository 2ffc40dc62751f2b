// The entity page's charts by keyboard, its layout kept while it fills in, screenshots of every new view,
// and axe on the charts and table.
// Their long tasks at 4× CPU slowdown are measured by `npm run bench` (bench/map-performance.ts).
import { axeViolations } from './axe'
import type { Locator } from '@playwright/test'
import { ALONE, expect, test } from './fixtures'

const PUTIN = '/entities/vladimir-putin'
const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

test('the coverage chart by keyboard: focus names a bar in a tooltip, Escape hides it, Enter opens that day', async ({
  page,
}) => {
  await page.goto(PUTIN)
  const coverage = page.getByRole('region', { name: 'Liputan dari waktu ke waktu' })
  const toggle = coverage.getByRole('button', { name: 'Lihat sebagai tabel' })
  // The page comes in steps (the chart a frame after its box): Tab from the toggle finds the bars once drawn.
  const first = coverage.getByRole('link').first()
  await expect(first).toBeAttached()
  await toggle.focus()
  await page.keyboard.press('Tab')
  await expect(first).toBeFocused()
  const firstName = (await first.getAttribute('aria-label')) ?? ''
  expect(firstName).toMatch(/^\d+ \S+ 2025: \d+ artikel$/)
  const tooltip = coverage.getByText(firstName, { exact: true })
  await expect(tooltip).toBeVisible()

  await page.keyboard.press('Tab')
  const second = coverage.getByRole('link').nth(1)
  await expect(second).toBeFocused()
  const secondName = (await second.getAttribute('aria-label')) ?? ''
  await expect(coverage.getByText(secondName, { exact: true })).toBeVisible()
  await expect(tooltip).toBeHidden()

  await page.keyboard.press('Escape')
  await expect(coverage.getByText(secondName, { exact: true })).toBeHidden()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/\?entity=vladimir-putin&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/)
  const day = secondName.split(':')[0]!
  await expect(page.getByRole('button', { name: `Hapus rentang tanggal ${day}` })).toBeVisible()
})

/** The nearest ancestor of a bar that scrolls sideways: the chart's scroll area. */
const scrollAreaOf = (bar: Locator) =>
  bar.evaluateHandle((element) => {
    let area = element.parentElement!
    while (!['auto', 'scroll'].includes(getComputedStyle(area).overflowX)) area = area.parentElement!
    return area
  })

/** How much of a bar shows in the chart's scroll area (1: all of it, 0: none). */
const shownInArea = (bar: Locator) =>
  bar.evaluate((element) => {
    let area = element.parentElement!
    while (!['auto', 'scroll'].includes(getComputedStyle(area).overflowX)) area = area.parentElement!
    const box = element.getBoundingClientRect()
    const view = area.getBoundingClientRect()
    const shown = Math.max(0, Math.min(box.right, view.right) - Math.max(box.left, view.left))
    return Math.round((shown / box.width) * 100) / 100
  })

for (const width of [1280, 360]) {
  test(`the coverage chart opens on its newest days, the oldest a Tab or a scroll away, ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto(PUTIN)
    const coverage = page.getByRole('region', { name: 'Liputan dari waktu ke waktu' })
    const bars = coverage.getByRole('link')
    await expect(bars.first()).toBeAttached()
    await expect(bars.last()).toHaveAccessibleName(/^31 Agustus 2025: \d+ artikel$/)
    // At both widths the chart's days at 24 px each are wider than its area, which scrolls: it starts at its end.
    const area = await scrollAreaOf(bars.first())
    expect(await area.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
    expect(await shownInArea(bars.last())).toBe(1)
    expect(await shownInArea(bars.first())).toBe(0)

    // The oldest day by keyboard: Tab from the toggle focuses the first bar, scrolled into view.
    await coverage.getByRole('button', { name: 'Lihat sebagai tabel' }).focus()
    await page.keyboard.press('Tab')
    await expect(bars.first()).toBeFocused()
    await expect.poll(() => shownInArea(bars.first())).toBe(1)
    // And by scrolling: from the end (the last bar focused), as far as the area goes the other way.
    await bars.last().focus()
    await expect.poll(() => shownInArea(bars.last())).toBe(1)
    await area.evaluate((element) => element.scrollBy({ left: -element.scrollWidth, behavior: 'instant' }))
    await expect.poll(() => shownInArea(bars.first())).toBe(1)
  })
}

test('a co-mention bar by keyboard opens the pair filter', async ({ page }) => {
  await page.goto(PUTIN)
  const coMentions = page.getByRole('region', { name: 'Sering disebut bersama' })
  const pair = coMentions.getByRole('link', { name: /^\d+ artikel tentang Vladimir Putin dan Donald Trump$/ })
  await pair.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/\?entity=vladimir-putin&entity=donald-trump$/)
})

for (const width of [360, 1280]) {
  test(
    `an entity page opened by a link keeps its layout while its charts and cards come in, ${width} px`,
    ALONE,
    async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/entities?view=list')
      await page.locator('a[href="/entities/vladimir-putin"]').first().waitFor()
      // At 4× CPU the page's steps (header, co-mentions, coverage chart, cards) each come in a frame of their own.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      // Every frame from the header's on: where the coverage chart and the article list begin.
      const positions = await page.evaluate(async () => {
        const seen = new Set<string>()
        document.querySelector<HTMLAnchorElement>('a[href="/entities/vladimir-putin"]')!.click()
        await new Promise<void>((resolve) => {
          const check = () => {
            const articles = document.getElementById('entity-articles-heading')
            const coverage = [...document.querySelectorAll('main h2')].find(
              (h2) => h2.textContent === 'Liputan dari waktu ke waktu',
            )
            if (articles && coverage) {
              seen.add(`${coverage.getBoundingClientRect().top} ${articles.getBoundingClientRect().top}`)
            }
            if (document.querySelectorAll('main ol li h3').length >= 20) resolve()
            else requestAnimationFrame(check)
          }
          check()
        })
        return [...seen]
      })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      expect(positions).toHaveLength(1)
    },
  )
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`screenshots of the coverage and story views, ${colorScheme}, ${width}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.emulateMedia({ colorScheme })
      const shot = (name: string) =>
        page.screenshot({ path: `screenshots/${name}-${colorScheme}-${width}.png`, fullPage: true })

      await page.goto(PUTIN)
      const coverage = page.getByRole('region', { name: 'Liputan dari waktu ke waktu' })
      await expect(coverage.getByRole('link').first()).toBeVisible()
      await coverage.getByRole('link').nth(5).focus()
      await coverage.screenshot({ path: `screenshots/coverage-chart-${colorScheme}-${width}.png` })
      await shot('entity-coverage')
      await coverage.getByRole('button', { name: 'Lihat sebagai tabel' }).click()
      await expect(coverage.getByRole('table')).toBeVisible()
      await coverage.screenshot({ path: `screenshots/coverage-table-${colorScheme}-${width}.png` })

      await page.goto('/?entity=vladimir-putin&from=2025-08-09&to=2025-08-09')
      await expect(page.getByRole('button', { name: 'Hapus rentang tanggal 9 Agustus 2025' })).toBeVisible()
      await page.screenshot({ path: `screenshots/feed-date-chip-${colorScheme}-${width}.png` })

      await page.goto(SEED)
      const story = page.getByRole('region', { name: 'Perkembangan cerita' })
      await expect(story).toBeVisible()
      await story.screenshot({ path: `screenshots/story-timeline-${colorScheme}-${width}.png` })

      await page.goto('/stories/jalan-menuju-ktt-alaska')
      await expect(page.getByRole('heading', { level: 1, name: 'Jalan menuju KTT Alaska' })).toBeVisible()
      await page.screenshot({ path: `screenshots/story-page-${colorScheme}-${width}.png` })
    })
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ] as const) {
    test(`no axe violations on the entity page's charts and table, ${colorScheme}, ${label}`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      await page.goto(PUTIN)
      const coverage = page.getByRole('region', { name: 'Liputan dari waktu ke waktu' })
      await expect(coverage.getByRole('link').first()).toBeVisible()
      const check = async (view: string) => {
        expect(await axeViolations(page), view).toEqual([])
      }
      await check('chart')
      await coverage.getByRole('button', { name: 'Lihat sebagai tabel' }).click()
      await expect(coverage.getByRole('table')).toBeVisible()
      await check('table')
    })
  }
}
