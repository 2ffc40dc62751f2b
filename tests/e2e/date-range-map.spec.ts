// The feed's histogram brush by pointer and by keyboard, the world map by click and by keyboard, layout
// shift of both (the map's first render at 4× CPU is bench/map-performance.ts), and screenshots of every new view.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const MAP = 'Peta negara menurut jumlah artikel'

async function histogram(page: Page) {
  const group = page.getByRole('group', { name: 'Jumlah artikel per hari' })
  await expect(group.getByRole('slider', { name: 'Akhir rentang' })).toBeVisible()
  return group
}

test('the brush by pointer: a drag across the bars becomes the feed’s from and to', async ({ page }) => {
  await page.goto('/')
  const group = await histogram(page)
  const start = group.getByRole('slider', { name: 'Awal rentang' })
  const max = Number(await group.getByRole('slider', { name: 'Akhir rentang' }).getAttribute('aria-valuemax'))
  const plot = start.locator('..')
  const box = (await plot.boundingBox())!
  const xOf = (index: number) => box.x + ((index + 0.5) / (max + 1)) * box.width
  await page.mouse.move(xOf(max - 9), box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(xOf(max - 5), box.y + box.height / 2, { steps: 4 })
  await page.mouse.move(xOf(max - 2), box.y + box.height / 2, { steps: 4 })
  await page.mouse.up()
  // The corpus's last day is 31 August 2025: ten days back to three days back.
  await expect(page).toHaveURL(/\/\?from=2025-08-22&to=2025-08-29$/)
  await expect(group.getByText(/^\d+ artikel, 22–29 Agustus 2025$/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hapus rentang tanggal 22–29 Agustus 2025' })).toBeVisible()
})

test('the brush by keyboard: arrows move an end by a day, Shift by a week, Home and End to the ends', async ({
  page,
}) => {
  await page.goto('/?entity=vladimir-putin')
  const group = await histogram(page)
  const end = group.getByRole('slider', { name: 'Akhir rentang' })
  await end.focus()
  await page.keyboard.press('Shift+ArrowLeft')
  await expect(page).toHaveURL(/\/\?entity=vladimir-putin&from=\d{4}-\d{2}-\d{2}&to=2025-08-24$/)
  await expect(end).toHaveAttribute('aria-valuetext', '24 Agustus 2025')
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/&to=2025-08-23$/)
  const start = group.getByRole('slider', { name: 'Awal rentang' })
  await start.focus()
  await page.keyboard.press('End')
  await expect(page).toHaveURL(/\/\?entity=vladimir-putin&from=2025-08-23&to=2025-08-23$/)
  await expect(group.getByText(/^\d+ artikel, 23 Agustus 2025$/)).toBeVisible()
  await page.keyboard.press('Home')
  await expect(start).toHaveAttribute('aria-valuenow', '0')
  await expect(page).toHaveURL(/&to=2025-08-23$/)
  await expect(page).not.toHaveURL(/from=2025-08-23/)
})

test('the map by click and by keyboard: each covered country opens its page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/entities')
  const map = page.getByRole('group', { name: MAP })
  // India: the middle of its box is inside it (Rusia's box spans the map, Chukotka lying past 180°).
  await map.getByRole('link', { name: /^India, \d+ artikel$/ }).click()
  await expect(page).toHaveURL(/\/entities\/india$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('India')

  await page.goBack()
  await expect(map.getByRole('link')).toHaveCount(19)
  // Inert countries are drawn but never take focus: Tab from the switch goes to the most covered country.
  await page.getByRole('radio', { name: 'Peta' }).focus()
  await page.keyboard.press('Tab')
  const first = map.getByRole('link').first()
  await expect(first).toBeFocused()
  await page.keyboard.press('Tab')
  const second = map.getByRole('link').nth(1)
  await expect(second).toBeFocused()
  // Framed: its outline in the focus colour alone was lost on the dark theme's pale shades.
  expect(await second.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid')
  const name = (await second.getAttribute('aria-label'))!.split(',')[0]!
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)
})

test('the list view loads no map code or shapes; choosing "Peta" fetches them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto('/entities?view=list')
  await expect(page.getByRole('main').getByRole('link', { name: 'Vladimir Putin' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Daftar' })).toBeChecked()
  expect(requested.filter((path) => path.includes('world-map'))).toEqual([])

  // The radio is visually hidden: its label takes the click.
  await page.getByRole('radiogroup', { name: 'Tampilan' }).getByText('Peta', { exact: true }).click()
  await expect(page.getByRole('group', { name: MAP }).getByRole('link')).toHaveCount(19)
  await expect(page).toHaveURL(/\/entities\?view=map$/)
  expect(requested.filter((path) => /^\/assets\/world-map-[\w-]+\.js$/.test(path))).toHaveLength(1)
})

test('the pointer over the switch fetches the map ahead; a Tab through it or data saver does not', async ({
  browser,
}) => {
  const mapCode = (requested: string[]) => requested.filter((path) => /^\/assets\/world-map-[\w-]+\.js$/.test(path))
  for (const saveData of [false, true]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    if (saveData)
      await page.addInitScript(() =>
        Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }),
      )
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto('/entities?view=list')
    await expect(page.getByRole('main').getByRole('link', { name: 'Vladimir Putin' })).toBeVisible()
    // A keyboard reader passing through the switch (focus on its chosen radio) asks for nothing.
    await page.getByRole('radio', { name: 'Daftar' }).focus()
    await page.keyboard.press('Tab')
    await page.waitForTimeout(300)
    expect(mapCode(requested)).toEqual([])
    await page.getByRole('radiogroup', { name: 'Tampilan' }).getByText('Peta', { exact: true }).hover()
    if (saveData) {
      await page.waitForTimeout(500)
      expect(mapCode(requested)).toEqual([])
    } else {
      await expect.poll(() => mapCode(requested)).toHaveLength(1)
    }
    // Either way, choosing "Peta" draws it.
    await page.getByRole('radiogroup', { name: 'Tampilan' }).getByText('Peta', { exact: true }).click()
    await expect(page.getByRole('group', { name: MAP }).getByRole('link')).toHaveCount(19)
    expect(mapCode(requested)).toHaveLength(1)
    await page.close()
  }
})

/** From the first paint on, the page's layout shifts not caused by input add up in `window.__shift`. */
function sumLayoutShifts(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __shift: number }
    w.__shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

test('no layout shift as the map and the histogram come in (they reserve their boxes)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await sumLayoutShifts(page)
  for (const [path, width] of [
    ['/entities', 1280],
    ['/?from=2025-08-02&to=2025-08-31', 1280],
    ['/?from=2025-08-02&to=2025-08-31', 360],
    ['/search?q=putin', 1280],
    ['/search?q=putin', 360],
  ] as const) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    if (path === '/entities') {
      await expect(page.getByRole('group', { name: MAP }).getByRole('link').first()).toBeVisible()
    } else {
      await histogram(page)
      await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
      if (path.startsWith('/search')) {
        await expect(page.getByRole('group', { name: 'Saring hasil' }).getByRole('button').first()).toBeVisible()
      }
    }
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift)
    console.log(`[layout shift] ${path} at ${width} px: ${shift.toFixed(4)}`)
    expect(shift, `${path} at ${width} px`).toBe(0)
  }
})

for (const width of [1280, 360]) {
  test(`no layout shift on /search when its results come after the page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await sumLayoutShifts(page)
    // The results (not the histogram's count) are held until the page shows it is searching: a slow API.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(
      (url) => url.pathname === '/api/articles' && url.searchParams.has('q') && !url.searchParams.has('histogram'),
      async (route) => {
        await held
        await route.continue()
      },
    )
    await page.goto('/search?q=putin')
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Mencari…' })).toBeVisible()
    release()
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
    await expect(page.getByRole('group', { name: 'Saring hasil' }).getByRole('button').first()).toBeVisible()
    await histogram(page)
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift)
    console.log(`[layout shift] /search?q=putin, results late, at ${width} px: ${shift.toFixed(4)}`)
    expect(shift).toBe(0)
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 390, 1280]) {
    test(`screenshots of the date range and the map, ${colorScheme}, ${width}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.emulateMedia({ colorScheme })
      const shot = (name: string) => page.screenshot({ path: `screenshots/${name}-${colorScheme}-${width}.png` })

      await page.goto('/?from=2025-08-25&to=2025-08-31')
      await histogram(page)
      await shot('feed-date-range')
      await page.getByText('Rentang lain').click()
      await page.getByLabel('Dari tanggal').fill('2025-08-20')
      await page.getByLabel('Sampai tanggal').fill('2025-08-10')
      await page.getByRole('button', { name: 'Terapkan' }).click()
      await expect(page.getByText('Tanggal awal harus sama dengan atau sebelum tanggal akhir.')).toBeVisible()
      await shot('feed-date-range-invalid')

      await page.goto('/search?q=tarif&from=2025-08-01&to=2025-08-20')
      await histogram(page)
      await shot('search-date-range')

      await page.goto('/entities?view=map')
      await expect(page.getByRole('group', { name: MAP }).getByRole('link').first()).toBeVisible()
      await page.getByRole('group', { name: MAP }).getByRole('link').nth(2).focus()
      await shot('entities-map')
      await page.goto('/entities')
      await expect(page.getByRole('main').getByRole('link').first()).toBeVisible()
      await shot('entities-default')
    })
  }
}
