import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const SEED_SLUG = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

async function openFeed(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Daftar artikel' }).getByRole('article').first()).toBeVisible()
  // The first page comes a screenful first, then a few cards a frame: scrolling before it is whole scrolls less.
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
}

test('the feed shows titles from the API and opens the seed article with its caption and credits', async ({ page }) => {
  await openFeed(page)
  // The seed (9 August) is older than the first page: scroll on until it loads.
  const seedLink = page.getByRole('link', { name: /Putin Telepon Xi/ })
  await expect(async () => {
    await page.mouse.wheel(0, 700)
    await expect(seedLink).toHaveCount(1, { timeout: 250 })
  }).toPass({ timeout: 25_000 })
  await seedLink.scrollIntoViewIfNeeded()
  await seedLink.click()
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED_SLUG}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Putin Telepon Xi, Lukashenko, dan Modi Jelang KTT dengan Trump',
  )
  await expect(page).toHaveTitle('Putin Telepon Xi, Lukashenko, dan Modi Jelang KTT dengan Trump · Warta')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  const hero = page.getByRole('figure').first()
  await expect(hero).toContainText('Presiden Rusia Vladimir Putin (kiri); Presiden AS Donald Trump (kanan).')
  await expect(hero).toContainText('Foto: Sputnik/Kristina Kormilitsyna; Getty Images/Rebecca Noble')
  await expect(page.getByText('(The Kyiv Independent/B-3)')).toBeVisible()
})

test('read-also links lead to their articles and back', async ({ page }) => {
  await page.goto(`/articles/${SEED_SLUG}`)
  await page
    .getByRole('complementary', { name: 'Baca juga' })
    .getByRole('link', { name: 'Putin Minta Seluruh Wilayah Oblast Donetsk sebagai Syarat Akhiri Perang Ukraina' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Putin Minta Seluruh Wilayah Oblast Donetsk sebagai Syarat Akhiri Perang Ukraina',
  )
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin Telepon Xi/)
})

test('a photo opens larger in a dialog, and Esc returns focus to it', async ({ page }) => {
  await page.goto(`/articles/${SEED_SLUG}`)
  const trigger = page.getByRole('button', { name: /Perbesar foto/ }).first()
  await trigger.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Getty Images/Rebecca Noble')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(trigger).toBeFocused()
})

test('hovering a card prefetches its article: it opens with no loading state', async ({ page }) => {
  // Without IntersectionObserver the app prefetches nothing on view: only the hover can.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'IntersectionObserver', { value: undefined })
  })
  const fetched = new Set<string>()
  page.on('response', (response) => {
    const match = new URL(response.url()).pathname.match(/^\/api\/articles\/([^/]+)$/)
    if (match?.[1] && response.ok()) fetched.add(match[1])
  })
  await openFeed(page)
  const card = page.getByRole('list', { name: 'Daftar artikel' }).getByRole('article').nth(1)
  const link = card.getByRole('heading').getByRole('link')
  const href = (await link.getAttribute('href')) ?? ''
  const slug = href.split('/').pop() ?? ''
  expect(fetched.has(slug)).toBe(false)
  await link.hover()
  await expect.poll(() => fetched.has(slug)).toBe(true)
  // From now on the API is slow for this article: only the cache can make it instant.
  await page.route(`**/api/articles/${slug}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000))
    await route.continue()
  })
  const title = (await link.textContent()) ?? ''
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 1500 })
  await expect(page.getByRole('status', { name: 'Memuat artikel…' })).toHaveCount(0)
})

/** Counts the article requests the page makes, as it makes them, and how many were ever open at once. */
async function watchArticleFetches(page: Page) {
  await page.addInitScript(() => {
    const watched = { slugs: [] as string[], open: 0, mostOpen: 0 }
    Object.assign(window, { articleFetches: watched })
    const fetchOriginal = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href)
      const slug = url.pathname.match(/^\/api\/articles\/([^/]+)$/)?.[1]
      if (!slug) return fetchOriginal(input, init)
      watched.slugs.push(slug)
      watched.mostOpen = Math.max(watched.mostOpen, ++watched.open)
      try {
        return await fetchOriginal(input, init)
      } finally {
        watched.open--
      }
    }
  })
  return () =>
    page.evaluate(() => (window as unknown as { articleFetches: { slugs: string[]; mostOpen: number } }).articleFetches)
}

test('cards seen for a second prefetch their articles, two at a time', async ({ page }) => {
  await page.clock.install()
  await page.setViewportSize({ width: 1280, height: 800 })
  const fetches = await watchArticleFetches(page)
  await openFeed(page)
  const card = page.getByRole('list', { name: 'Daftar artikel' }).locator('li[data-index="6"]')
  const slug = ((await card.getByRole('heading').getByRole('link').getAttribute('href')) ?? '').split('/').pop() ?? ''
  // Scrolled to it as a reader would: the whole card in view (the dwell needs 60% of it seen).
  await card.scrollIntoViewIfNeeded()
  await expect(card).toBeInViewport({ ratio: 0.9 })
  // The card's sighting may reach the page after a first advance of the clock: keep the clock going while waiting.
  await expect
    .poll(async () => {
      await page.clock.runFor(500)
      return (await fetches()).slugs
    })
    .toContain(slug)
  expect((await fetches()).mostOpen).toBeLessThanOrEqual(2)
})

test('a card seen while the reader types in the search field waits: its article comes once they leave the field', async ({
  page,
}) => {
  await page.clock.install()
  await page.setViewportSize({ width: 1280, height: 800 })
  const fetches = await watchArticleFetches(page)
  await openFeed(page)
  const field = page.getByRole('combobox', { name: 'Cari berita' })
  await field.click()
  await field.pressSequentially('tar')
  const card = page.getByRole('list', { name: 'Daftar artikel' }).locator('li[data-index="6"]')
  const slug = ((await card.getByRole('heading').getByRole('link').getAttribute('href')) ?? '').split('/').pop() ?? ''
  await card.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  await expect(card).toBeInViewport({ ratio: 0.9 })
  for (let i = 0; i < 8; i++) await page.clock.runFor(500)
  expect((await fetches()).slugs).not.toContain(slug)
  await expect(field).toBeFocused()
  // Out of the field, the card's article is fetched at the next look.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(field).not.toBeFocused()
  await expect
    .poll(async () => {
      await page.clock.runFor(500)
      return (await fetches()).slugs
    })
    .toContain(slug)
})

for (const [saving, connection] of [
  ['data saver', { saveData: true, effectiveType: '4g' }],
  ['a 2g link', { saveData: false, effectiveType: '2g' }],
] as const) {
  test(`with ${saving} nothing is prefetched: not on sight, not on hover`, async ({ page }) => {
    await page.clock.install()
    await page.addInitScript((value) => Object.defineProperty(navigator, 'connection', { value }), connection)
    const fetches = await watchArticleFetches(page)
    await openFeed(page)
    const link = page
      .getByRole('list', { name: 'Daftar artikel' })
      .getByRole('article')
      .nth(1)
      .getByRole('heading')
      .getByRole('link')
    await link.hover()
    await link.focus()
    await page.clock.runFor(3000)
    expect((await fetches()).slugs).toEqual([])
    // Asked for, the article comes.
    const title = (await link.textContent()) ?? ''
    await link.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    expect((await fetches()).slugs).toHaveLength(1)
  })
}

test('going back from an article returns to the same place in the list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openFeed(page)
  const list = page.getByRole('list', { name: 'Daftar artikel' })
  const target = list.locator('li[data-index="9"]')
  await page.mouse.wheel(0, 2500)
  await target.waitFor()
  await target.scrollIntoViewIfNeeded()
  const link = target.getByRole('heading').getByRole('link')
  const title = (await link.textContent()) ?? ''
  const before = await page.evaluate(() => window.scrollY)
  expect(before).toBeGreaterThan(1000)
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeAttached()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 40)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 40)
  await expect(list.getByRole('link', { name: title })).toBeInViewport()
  // The card opened has the focus again (the keyboard's j and k go on from it), and focusing it scrolled nothing.
  await expect(list.getByRole('link', { name: title })).toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 40)
})

test('a page opened from the address bar starts at the top; a reload keeps its place', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const scrollY = () => page.evaluate(() => window.scrollY)
  await openFeed(page)
  await page.mouse.wheel(0, 2500)
  await expect.poll(scrollY).toBeGreaterThan(1000)
  // A new document in the same tab: its history entry is a new one, whatever the feed's saved position.
  await page.goto(`/articles/${SEED_SLUG}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('complementary', { name: /^Baca juga/ }).first()).toBeAttached()
  await page.waitForTimeout(500)
  expect(await scrollY()).toBe(0)
  // The same entry reloaded comes back where the reader was: the paragraph at the top of the screen stays there
  // (the page may have grown above it, a prompt to resume reading, and the browser keeps the paragraph in place).
  await page.evaluate(() => window.scrollTo(0, 1500))
  const paragraphTops = () =>
    page
      .locator('.article-body p[data-block]')
      .evaluateAll((paragraphs) =>
        paragraphs.map((p) => ({ text: p.textContent, top: Math.round(p.getBoundingClientRect().top) })),
      )
  const atTop = (await paragraphTops()).find((p) => p.top >= 0)!
  // A second's rest stores the reading position: the reload must not offer to resume above the reader's place.
  await page.waitForTimeout(1500)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
  const keptInPlace = async () => {
    await expect
      .poll(async () => {
        const same = (await paragraphTops()).find((p) => p.text === atTop.text)
        return same && Math.abs(same.top - atTop.top)
      })
      .toBeLessThan(40)
    await expect(page.getByRole('button', { name: 'Lanjutkan membaca' })).toHaveCount(0)
  }
  await keptInPlace()
  // So does Back to it from another page of the app.
  await page.getByRole('link', { name: 'Beranda' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeVisible()
  await page.goBack()
  await keptInPlace()
})

test('the loading bar of a navigation moves nothing: the header keeps its height', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/entities?view=list')
  const header = page.getByRole('banner')
  const height = async () => (await header.boundingBox())!.height
  const before = await height()
  // The entity's answer held back: the page stays loading, the bar shown, until it is let through.
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/entities/vladimir-putin', async (route) => {
    await gate
    await route.continue()
  })
  await page
    .getByRole('main')
    .getByRole('link', { name: /Vladimir Putin/ })
    .first()
    .click()
  await expect(page.locator('.progress-bar')).toBeVisible()
  expect(await height()).toBe(before)
  release()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Vladimir Putin/)
  await expect(page.locator('.progress-bar')).toHaveCount(0)
  expect(await height()).toBe(before)
})

test('sharing by copying the link says so without moving the page, on a phone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto(`/articles/${SEED_SLUG}`)
  const share = page.getByRole('main').getByRole('button', { name: 'Bagikan' })
  const photo = page.getByRole('main').locator('figure').first()
  await share.scrollIntoViewIfNeeded()
  const before = { share: await share.boundingBox(), photo: await photo.boundingBox() }
  // Chromium on Linux has no share sheet: the link is copied, and a status says so.
  await share.click()
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Tautan disalin' })).toBeVisible()
  expect(await share.boundingBox()).toEqual(before.share)
  expect(await photo.boundingBox()).toEqual(before.photo)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})

test('an unknown route shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/tidak-ada')
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible()
  await page.getByRole('link', { name: 'Kembali ke beranda' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeVisible()
})

test('unknown API paths answer 404 JSON, never the app HTML', async ({ request }) => {
  const response = await request.get('/api/no-such-thing')
  expect(response.status()).toBe(404)
  expect(await response.json()).toMatchObject({ error: { code: 'not_found' } })
})

test('no horizontal scrolling on any page from 360 to 1440 px wide', async ({ page }) => {
  // A saved article: /bookmarks then shows its list and its three-way sort switch (455 px wide on one row).
  await page.goto(`/articles/${SEED_SLUG}`)
  await page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true }).first().click()
  for (const width of [360, 768, 1024, 1440]) {
    await page.setViewportSize({ width, height: 800 })
    for (const path of [
      '/',
      `/articles/${SEED_SLUG}`,
      '/entities',
      '/entities/vladimir-putin',
      '/entities/rusia',
      '/bookmarks',
      '/search?q=tarif',
      '/data',
      '/tidak-ada',
    ]) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (path === '/bookmarks') await expect(page.getByRole('radiogroup', { name: 'Urutkan' })).toBeVisible()
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path} at ${width}px`,
      ).toBeLessThanOrEqual(width)
    }
  }
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    // Not compared to baselines: it fails only on horizontal overflow, and leaves screenshots/ for people to look at.
    test(`no horizontal overflow on the feed and the seed article, saved as screenshots, ${colorScheme}, ${width}×${height}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      await openFeed(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({ path: `screenshots/feed-${colorScheme}-${width}.png` })
      await page.goto(`/articles/${SEED_SLUG}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({ path: `screenshots/article-${colorScheme}-${width}.png`, fullPage: true })
    })
  }
}
