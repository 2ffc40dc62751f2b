// Search in a real browser: the header combobox by keyboard and by touch, axe on
// the results and with the suggestions open, and saved articles searched offline.
// (The main thread at 4× CPU slowdown is measured by bench/search-performance.ts.)
import type { Page } from '@playwright/test'
import { axeViolations } from './axe'
import { expect, test } from './fixtures'

const field = (page: Page) => page.getByRole('combobox', { name: 'Cari berita' })
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Saran pencarian' })
const results = (page: Page) => page.getByRole('list', { name: 'Hasil pencarian' })

test('the header keeps its menus beside the field from 1024 px, and the suggestions stay inside the window at every width', async ({
  page,
}) => {
  for (const width of [640, 700, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berita terbaru')
    if (width >= 1024) {
      // One row: the language menu's middle at the field's height.
      const fieldBox = (await field(page).boundingBox())!
      const menuBox = (await page.getByRole('combobox', { name: 'Bahasa' }).boundingBox())!
      expect(Math.abs(menuBox.y + menuBox.height / 2 - (fieldBox.y + fieldBox.height / 2))).toBeLessThan(4)
    }
    await field(page).fill('putin')
    await expect(suggestions(page).getByRole('option').nth(2)).toBeVisible()
    const box = (await suggestions(page).boundingBox())!
    expect(box.x, `at ${width} px`).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width, `at ${width} px`).toBeLessThanOrEqual(width)
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBe(width)
  }
})

test('the field stops at 200 characters and says so under itself, moving nothing, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berita terbaru')
  const header = page.getByRole('banner')
  const heading = page.getByRole('heading', { level: 1 })
  const before = { header: (await header.boundingBox())!.height, heading: (await heading.boundingBox())!.y }
  await field(page).fill('Putin '.repeat(60))
  await expect(page.getByText('Pencarian berhenti di 200 karakter.')).toBeVisible()
  expect(await field(page).inputValue()).toHaveLength(200)
  expect((await header.boundingBox())!.height).toBe(before.header)
  expect((await heading.boundingBox())!.y).toBe(before.heading)
  // The suggestions open below the hint, not under it.
  await expect(suggestions(page)).toBeVisible()
  const hint = (await page.getByText('Pencarian berhenti di 200 karakter.').boundingBox())!
  expect((await suggestions(page).boundingBox())!.y).toBeGreaterThanOrEqual(hint.y + hint.height)
})

test('the combobox by keyboard: / focuses it, arrows, Home and End move, Escape closes then clears, Enter searches', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berita terbaru')
  await page.keyboard.press('/')
  await expect(field(page)).toBeFocused()
  await page.keyboard.type('ze')
  const list = suggestions(page)
  await expect(list.getByRole('option', { name: 'Cari “ze”' })).toBeVisible()
  await expect(list.getByRole('group', { name: 'Tokoh' }).getByRole('option').first()).toBeVisible()
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true')
  await expect(field(page)).toHaveAttribute('aria-controls', (await list.getAttribute('id')) ?? '')

  const active = async () => {
    const id = await field(page).getAttribute('aria-activedescendant')
    return id ? page.locator(`[id="${id}"]`).textContent() : null
  }
  const options = list.getByRole('option')
  await page.keyboard.press('ArrowDown')
  await expect.poll(active).toBe('Cari “ze”')
  await page.keyboard.press('ArrowDown')
  await expect.poll(active).toBe(await options.nth(1).textContent())
  await page.keyboard.press('End')
  await expect.poll(active).toBe(await options.last().textContent())
  await page.keyboard.press('Home')
  await expect.poll(active).toBe('Cari “ze”')
  await page.keyboard.press('ArrowUp')
  await expect.poll(active).toBe(await options.last().textContent())
  await expect(options.last()).toHaveAttribute('aria-selected', 'true')

  await page.keyboard.press('Escape')
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(field(page)).toHaveValue('ze')
  await page.keyboard.press('Escape')
  await expect(field(page)).toHaveValue('')

  await page.keyboard.type('zelensky')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=zelensky$/)
  await expect(page.getByRole('status').filter({ hasText: /artikel untuk “zelensky”/ })).toBeVisible()
  await expect(results(page).getByRole('article').first().locator('mark').first()).toBeVisible()
})

test('a suggestion chosen by touch opens the article', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto('/')
  await field(page).tap()
  await page.keyboard.type('alaska')
  const article = suggestions(page).getByRole('group', { name: 'Artikel' }).getByRole('option').first()
  const title = (await article.textContent()) ?? ''
  await article.tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await context.close()
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [label, width, height] of [
    ['phone', 360, 740],
    ['desktop', 1280, 800],
  ] as const) {
    test(`no axe violations on the results and with suggestions open, ${colorScheme}, ${label}`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      await page.goto('/search?q=tarif&entity=amerika-serikat')
      await expect(results(page).getByRole('article').first()).toBeVisible()
      expect(await axeViolations(page), 'results').toEqual([])
      await page.screenshot({ path: `test-results/search-${label}-${colorScheme}.png` })

      await page.goto('/search?q=qwertyuiopzx')
      await expect(page.getByRole('heading', { name: /Tidak ada artikel/ })).toBeVisible()
      expect(await axeViolations(page), 'empty results').toEqual([])

      await field(page).fill('putin')
      await expect(suggestions(page).getByRole('group', { name: 'Artikel' }).getByRole('option').first()).toBeVisible()
      await page.keyboard.press('ArrowDown')
      expect(await axeViolations(page), 'suggestions open').toEqual([])
      await page.screenshot({ path: `test-results/suggestions-${label}-${colorScheme}.png` })
    })
  }
}

test('saved articles are searched offline, by the same word rules as the API', async ({ context, page }) => {
  const seed = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
  const lula = 'lula-mulai-proses-balasan-atas-tarif-50-persen-as-terhadap-brasil'
  for (const slug of [seed, lula]) {
    await page.goto(`/articles/${slug}`)
    const save = page.locator('main > article > header').getByRole('button', { name: 'Simpan', exact: true })
    await save.click()
    await expect(
      page.locator('main > article > header').getByRole('button', { name: 'Tersimpan', exact: true }),
    ).toBeVisible()
  }
  await page.goto('/bookmarks')
  const saved = page.getByRole('list', { name: 'Artikel tersimpan' })
  await expect(saved.getByRole('article')).toHaveCount(2)

  await context.setOffline(true)
  const search = page.getByRole('searchbox', { name: 'Cari di artikel tersimpan' })
  await search.fill('dibahas')
  await expect(saved.getByRole('article')).toHaveCount(1)
  await expect(saved.getByRole('link', { name: /Putin Telepon Xi/ })).toBeVisible()
  await expect(page.getByText('1 dari 2 artikel tersimpan cocok dengan “dibahas”')).toBeVisible()
  await search.fill('"tarif 50 persen"')
  await expect(saved.getByRole('link', { name: /Lula Mulai Proses/ })).toBeVisible()
  await expect(saved.getByRole('article')).toHaveCount(1)
  // Reloading offline is the service worker's part (offline-start.spec.ts); the query survives in the URL.
  await expect(page).toHaveURL(/\/bookmarks\?q=%22tarif\+50\+persen%22$/)
  await context.setOffline(false)
})
