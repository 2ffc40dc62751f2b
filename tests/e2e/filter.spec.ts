import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const SEED_TITLE = /Putin Telepon Xi, Lukashenko, dan Modi/

const feedList = (page: Page) => page.getByRole('list', { name: 'Daftar artikel' })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Saring berita' })
const entry = (scope: Page | Locator, name: string) => scope.getByRole('button', { name: new RegExp(`^${name},`) })

/** The list is windowed: scroll until the article is rendered. */
async function seedInFeed(page: Page): Promise<Locator> {
  const link = feedList(page).getByRole('link', { name: SEED_TITLE })
  await expect(feedList(page).getByRole('article').first()).toBeVisible()
  // In view, not only in the page: the windowing code arrives on the first scroll and keeps only the rows in view.
  await expect(async () => {
    if ((await link.count()) === 0) await page.mouse.wheel(0, 600)
    await link.scrollIntoViewIfNeeded({ timeout: 250 })
    await expect(link).toBeInViewport({ timeout: 250 })
  }).toPass({ timeout: 20_000 })
  return link
}

async function titles(page: Page): Promise<string[]> {
  await expect(feedList(page).getByRole('article').first()).toBeVisible()
  // A new list comes a screenful first, then a few cards a frame: read it once it is whole.
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
  return feedList(page).getByRole('article').getByRole('heading').allTextContents()
}

test('narrows the feed to Xi Jinping, Modi and Zelensky with "semua", then "salah satu"', async ({ page }) => {
  await page.goto('/')
  await entry(panel(page), 'Xi Jinping').click()
  await expect(page).toHaveURL(/\/\?entity=xi-jinping$/)
  await expect(page.getByRole('status').filter({ hasText: /artikel tentang Xi Jinping$/ })).toBeVisible()
  await expect(await seedInFeed(page)).toBeVisible()

  await entry(panel(page), 'Narendra Modi').click()
  await expect(page).toHaveURL(/\?entity=xi-jinping&entity=narendra-modi$/)
  await expect(page.getByRole('status').filter({ hasText: /tentang Xi Jinping dan Narendra Modi$/ })).toBeVisible()
  await expect(await seedInFeed(page)).toBeVisible()

  await entry(panel(page), 'Volodymyr Zelensky').click()
  await expect(page.getByText('Tidak ada artikel yang menyebut semuanya sekaligus.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hapus filter terakhir (Volodymyr Zelensky)' })).toBeVisible()

  await panel(page).getByText('salah satu', { exact: true }).click()
  await expect(page).toHaveURL(/&match=any$/)
  await expect(await seedInFeed(page)).toBeVisible()
  await expect(page).toHaveTitle('Xi Jinping, Narendra Modi atau Volodymyr Zelensky · Warta')
})

test('the filter survives a reload, and back and forward restore each step', async ({ page }) => {
  await page.goto('/?entity=vladimir-putin&entity=xi-jinping')
  const before = await titles(page)
  await expect(entry(panel(page), 'Vladimir Putin')).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  expect(await titles(page)).toEqual(before)
  await expect(entry(panel(page), 'Vladimir Putin')).toHaveAttribute('aria-pressed', 'true')
  await expect(entry(panel(page), 'Xi Jinping')).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('button', { name: 'Hapus filter Xi Jinping' }).click()
  await expect(page).toHaveURL(/\/\?entity=vladimir-putin$/)
  await expect(entry(panel(page), 'Xi Jinping')).toHaveAttribute('aria-pressed', 'false')

  await page.goBack()
  await expect(page).toHaveURL(/\?entity=vladimir-putin&entity=xi-jinping$/)
  await expect(entry(panel(page), 'Xi Jinping')).toHaveAttribute('aria-pressed', 'true')
  // The chips follow the URL at once; the list may render a moment later.
  await expect.poll(() => titles(page)).toEqual(before)

  await page.goForward()
  await expect(page).toHaveURL(/\/\?entity=vladimir-putin$/)
  await expect(page.getByRole('button', { name: 'Hapus filter Xi Jinping' })).toHaveCount(0)
})

test('an unknown id is named, and the rest of the filter applies', async ({ page }) => {
  await page.goto('/?entity=tokoh-rekaan&entity=xi-jinping')
  await expect(page.getByText(/tidak dikenal dan diabaikan: “tokoh-rekaan”/)).toBeVisible()
  await expect(await seedInFeed(page)).toBeVisible()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the filter sheet works with the keyboard alone', async ({ page }) => {
    await page.goto('/')
    await expect(feedList(page).getByRole('article').first()).toBeVisible()
    const open = page.getByRole('button', { name: /^Saring/ })
    await expect(page.getByRole('complementary', { name: 'Saring berita' })).toHaveCount(0)

    // Tab from the top of the page to the filter button.
    for (let step = 0; step < 30 && !(await open.evaluate((button) => button === document.activeElement)); step++) {
      await page.keyboard.press('Tab')
    }
    await expect(open).toBeFocused()
    await page.keyboard.press('Enter')
    const sheet = page.getByRole('dialog', { name: 'Saring berita' })
    await expect(sheet).toBeVisible()

    // Close button, then the search box (once the panel's code has come, as a reader sees it).
    await expect(sheet.getByRole('button', { name: 'Tutup' })).toBeFocused()
    await expect(sheet.getByRole('searchbox', { name: 'Cari tokoh atau negara' })).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(sheet.getByRole('searchbox', { name: 'Cari tokoh atau negara' })).toBeFocused()
    await page.keyboard.type('zelenskyy')
    await expect(entry(sheet, 'Volodymyr Zelensky')).toBeVisible()
    await page.keyboard.press('Tab') // the all/any choice
    await page.keyboard.press('Tab')
    await expect(entry(sheet, 'Volodymyr Zelensky')).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/\/\?entity=volodymyr-zelensky$/)
    await expect(entry(sheet, 'Volodymyr Zelensky')).toHaveAttribute('aria-pressed', 'true')
    await expect(entry(sheet, 'Volodymyr Zelensky')).toBeFocused()

    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expect(open).toBeFocused()
    await expect(open).toContainText('1 aktif')
    await expect(page.getByRole('status').filter({ hasText: /artikel tentang Volodymyr Zelensky$/ })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Hapus filter Volodymyr Zelensky' })).toBeVisible()
  })
})

// axe on these pages and on the open filter sheet: accessibility.spec.ts.
