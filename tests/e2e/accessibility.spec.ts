// axe on every route, in both themes, at phone and desktop widths, with a
// bookmark saved and a filter active: zero violations.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
const ROUTES: [name: string, path: string, ready: RegExp][] = [
  ['feed', '/', /Berita/],
  ['feed with a filter', '/?entity=vladimir-putin&entity=xi-jinping&match=any', /Berita/],
  ['article', SEED, /Putin Telepon Xi/],
  ['directory', '/entities', /./],
  ['entity page', '/entities/vladimir-putin', /Vladimir Putin/],
  ['story', '/stories/jalan-menuju-ktt-alaska', /Jalan menuju KTT Alaska/],
  ['bookmarks', '/bookmarks', /Tersimpan/],
  ['not found', '/tidak-ada', /Halaman tidak ditemukan/],
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ] as const) {
    test(`no axe violations on any route, ${colorScheme}, ${label}`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      // A saved article, so the bookmarks page and every toggle show their saved state.
      await page.goto(SEED)
      const save = page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true }).first()
      await save.click()
      await expect(page.getByRole('main').getByRole('button', { name: 'Tersimpan', exact: true }).first()).toBeVisible()
      for (const [name, path, ready] of ROUTES) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ready)
        await page.waitForLoadState('networkidle')
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze()
        const summary = results.violations.map(
          (violation) =>
            `${name}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        )
        expect(summary, `${name} at ${path}`).toEqual([])
      }
    })
  }
}

test('headings are in order on every route', async ({ page }) => {
  for (const [name, path, ready] of ROUTES) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ready)
    const levels = await page
      .getByRole('heading')
      .evaluateAll((headings) => headings.filter((h) => h.checkVisibility()).map((h) => Number(h.tagName.slice(1))))
    expect(levels[0], `${name} starts with h1`).toBe(1)
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!, `${name}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1)
  }
})

test('reduced motion: no animation runs for a reader who asks for less', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.route('**/api/articles?*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  await page.goto('/')
  await expect(page.locator('.skeleton').first()).toBeVisible()
  const durations = await page
    .locator('.skeleton')
    .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).animationDuration)))
  expect(durations.length).toBeGreaterThan(0)
  for (const duration of durations) expect(duration).toBeLessThan(0.1)
})

test('keyboard shortcuts: j/k move between cards, b saves, ? lists them, g b goes to bookmarks', async ({ page }) => {
  await page.goto('/')
  const cards = page.getByRole('list', { name: 'Daftar artikel' }).getByRole('article')
  await expect(cards.first()).toBeVisible()
  await page.keyboard.press('j')
  await expect(cards.nth(0).getByRole('heading').getByRole('link')).toBeFocused()
  await page.keyboard.press('j')
  await expect(cards.nth(1).getByRole('heading').getByRole('link')).toBeFocused()
  await page.keyboard.press('k')
  await expect(cards.nth(0).getByRole('heading').getByRole('link')).toBeFocused()
  const title = (await cards.nth(0).getByRole('heading').textContent()) ?? ''
  await page.keyboard.press('b')
  await expect(cards.nth(0).getByRole('button', { name: 'Tersimpan', exact: true })).toBeVisible()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Pintasan papan ketik' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await page.keyboard.press('g')
  await page.keyboard.press('b')
  await expect(page).toHaveURL(/\/bookmarks$/)
  await expect(page.getByRole('main').getByRole('link', { name: title.trim() })).toBeVisible()
  await page.keyboard.press('g')
  await page.keyboard.press('h')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeFocused()
  await expect(cards.nth(1)).toBeVisible()
  // o opens the selected card; on the article, b saves the article itself.
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  const second = (await cards.nth(1).getByRole('heading').textContent()) ?? ''
  await page.keyboard.press('o')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second)
  await page.keyboard.press('b')
  await expect(page.getByRole('main').getByRole('button', { name: 'Tersimpan', exact: true }).first()).toBeVisible()
})

test('shortcuts never fire while typing in a field', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  const search = page.getByRole('searchbox').first()
  await expect(search).toBeVisible()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await page.keyboard.type('gb j')
  await expect(search).toHaveValue('gb j')
  await expect(page).toHaveURL(/\/$/)
})

test('no axe violations with the photo dialog or the shortcut help open', async ({ page }) => {
  const axe = () =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  await page.goto(SEED)
  await page
    .getByRole('button', { name: /Perbesar foto/ })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect((await axe()).violations.map((violation) => violation.id)).toEqual([])
  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Pintasan papan ketik' })).toBeVisible()
  expect((await axe()).violations.map((violation) => violation.id)).toEqual([])
})

test('on a phone, / opens the filter sheet at its search box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(page.getByRole('list', { name: 'Daftar artikel' }).getByRole('article').first()).toBeVisible()
  await page.keyboard.press('/')
  const sheet = page.getByRole('dialog', { name: 'Saring berita' })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('searchbox')).toBeFocused()
})

test('shortcuts stay out of an open dialog, and work from a radio button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(SEED)
  await page
    .getByRole('button', { name: /Perbesar foto/ })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('b')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true }).first()).toBeVisible()
  await page.goto('/')
  await page.getByRole('radio', { name: /salah satu/ }).focus()
  await page.keyboard.press('j')
  await expect(
    page
      .getByRole('list', { name: 'Daftar artikel' })
      .getByRole('article')
      .first()
      .getByRole('heading')
      .getByRole('link'),
  ).toBeFocused()
})
