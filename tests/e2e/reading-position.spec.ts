import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The positions as IndexedDB holds them (the app's store, read from the page). */
function storedPositions(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('warta-bookmarks')
        open.onsuccess = () => {
          const get = open.result.transaction('keyval').objectStore('keyval').get('warta:positions')
          get.onsuccess = () => resolve(JSON.stringify(get.result ?? null))
          get.onerror = () => resolve('')
        }
        open.onerror = () => resolve('')
      }),
  )
}

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

test('the progress bar follows the reading, the article counts as read, and reopening it resumes at the paragraph', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 700 })
  await page.goto(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin Telepon Xi/)
  const progress = page.getByRole('progressbar', { name: 'Kemajuan membaca' })
  await expect(progress).toHaveAttribute('aria-valuenow', '0')

  // Scroll until the sixth paragraph of the body is the first below the sticky header (137 px tall on a phone):
  // the one the reader is reading.
  const header = page.getByRole('banner')
  const headerBottom = async () => {
    const box = (await header.boundingBox())!
    return box.y + box.height
  }
  const paragraph = page.locator('.article-body p[data-block]').nth(5)
  const text = (await paragraph.textContent())!
  const below = await headerBottom()
  await paragraph.evaluate(
    (element, top) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - top - 4 }),
    below,
  )
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
  const partway = Number(await progress.getAttribute('aria-valuenow'))
  expect(partway).toBeLessThan(100)

  // Leaving stores the position; the card then says it has been read.
  await page.getByRole('link', { name: 'Beranda' }).click()
  await expect.poll(() => storedPositions(page)).toContain('putin-telepon-xi')
  await page.goto(`/search?q=${encodeURIComponent('Putin telepon Xi Lukashenko')}`)
  await expect(page.getByRole('article', { name: /Putin Telepon Xi/ }).getByText('Sudah dibaca')).toBeVisible()

  await page.goto(SEED)
  await page.getByRole('button', { name: 'Lanjutkan membaca' }).click()
  const focused = page.locator(':focus')
  await expect(focused).toHaveText(text)
  // Below the header, not under it.
  const box = (await focused.boundingBox())!
  expect(box.y).toBeGreaterThanOrEqual(await headerBottom())
  expect(box.y).toBeLessThan(300)
})

test('the progress bar does not animate under reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(SEED)
  const bar = page.getByRole('progressbar', { name: 'Kemajuan membaca' }).locator('div')
  await expect(bar).toHaveCSS('transition-duration', /^(0s|1e-05s)$/)
})
