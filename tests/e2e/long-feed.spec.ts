import { ALONE, expect, test } from './fixtures'
import { loadArticles, serveSyntheticFeed } from './synthetic-feed'

const ELEMENT_BUDGET = 1500

test('with 1,000 articles loaded the page holds at most 1,500 elements', ALONE, async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  await serveSyntheticFeed(page, 1000)
  await page.goto('/')
  await loadArticles(page, 1000)
  await page.mouse.wheel(0, 20_000)
  const elements = await page.evaluate(() => document.querySelectorAll('*').length)
  console.log(`elements with 1,000 articles loaded: ${elements} (budget ${ELEMENT_BUDGET})`)
  expect(elements).toBeLessThanOrEqual(ELEMENT_BUDGET)
  // The list still knows its full length for assistive technology.
  await expect(page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem').first()).toHaveAttribute(
    'aria-setsize',
    '1000',
  )
})
