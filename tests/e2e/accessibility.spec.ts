// axe-core 4.14 (every WCAG 2.0-2.2 A and AA rule) on every page and open
// dialog, in both themes, at phone and desktop widths: zero violations.
import type { Locator, Page } from '@playwright/test'
import { axeViolations } from './axe'
import { expect, test } from './fixtures'

// The suite's longest file: its tests share nothing, so they spread over the workers.
test.describe.configure({ mode: 'parallel' })

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

type Route = { name: string; path: string; heading: RegExp; ready: (page: Page) => Locator }
const articleCards = (page: Page) => page.getByRole('main').getByRole('article')
const ROUTES: Route[] = [
  { name: 'feed', path: '/', heading: /Berita/, ready: articleCards },
  {
    name: 'filtered feed',
    path: '/?entity=vladimir-putin&entity=xi-jinping&match=any',
    heading: /Berita/,
    ready: articleCards,
  },
  {
    name: 'article',
    path: SEED,
    heading: /Putin Telepon Xi/,
    ready: (page) => page.getByRole('heading', { name: 'Artikel terkait' }),
  },
  { name: 'directory', path: '/entities', heading: /./, ready: (page) => page.getByRole('main').getByRole('link') },
  {
    name: 'directory, the map',
    path: '/entities?view=map',
    heading: /./,
    ready: (page) => page.getByRole('group', { name: 'Peta negara menurut jumlah artikel' }).getByRole('link'),
  },
  {
    name: 'feed, a date range and its histogram',
    path: '/?entity=vladimir-putin&from=2025-08-02&to=2025-08-31',
    heading: /Berita/,
    ready: (page) => page.getByRole('slider', { name: 'Akhir rentang' }),
  },
  {
    name: 'search results, a date range',
    path: '/search?q=tarif&from=2025-08-01&to=2025-08-20',
    heading: /./,
    ready: (page) => page.getByRole('slider', { name: 'Akhir rentang' }),
  },
  { name: 'entity page', path: '/entities/vladimir-putin', heading: /Vladimir Putin/, ready: articleCards },
  { name: 'story', path: '/stories/jalan-menuju-ktt-alaska', heading: /Jalan menuju KTT Alaska/, ready: articleCards },
  {
    name: 'following, nothing followed',
    path: '/following',
    heading: /Diikuti/,
    ready: (page) => page.getByRole('button', { name: /^Ikuti / }),
  },
  {
    name: 'data',
    path: '/data',
    heading: /Data Anda/,
    ready: (page) => page.getByRole('heading', { name: 'Data yang disisihkan' }),
  },
  {
    name: 'not found',
    path: '/tidak-ada',
    heading: /Halaman tidak ditemukan/,
    ready: (page) => page.getByRole('main'),
  },
]

const ARTICLE = ROUTES.find((route) => route.name === 'article')!
const BOOKMARKS_SAVED: Route = { name: 'bookmarks', path: '/bookmarks', heading: /Tersimpan/, ready: articleCards }
const FOLLOWING: Route = { name: 'following', path: '/following', heading: /Diikuti/, ready: articleCards }

/** Opens a page and waits until its content, not a skeleton, is on screen. */
async function visit(page: Page, { path, heading, ready }: Route) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  await expect(ready(page).first()).toBeVisible()
  await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0)
}

/** Saves the seed article from its page, so that the bookmarks page has a card. */
async function saveSeed(page: Page) {
  await visit(page, ARTICLE)
  await page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true }).first().click()
  await expect(page.getByRole('main').getByRole('button', { name: 'Tersimpan', exact: true }).first()).toBeVisible()
}

async function expectNoViolations(page: Page, state: string) {
  expect.soft(await axeViolations(page), state).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [label, width, height] of [
    ['phone', 360, 780],
    ['desktop', 1280, 800],
  ] as const) {
    test(`axe finds nothing on any page or dialog, ${colorScheme}, ${label}`, async ({ page }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      await visit(page, {
        name: 'bookmarks',
        path: '/bookmarks',
        heading: /Tersimpan/,
        ready: (page) => page.getByRole('heading', { name: 'Belum ada artikel tersimpan' }),
      })
      await expectNoViolations(page, 'bookmarks, empty')
      for (const route of ROUTES) {
        await visit(page, route)
        await expectNoViolations(page, route.name)
      }

      // The article's photo, enlarged; then the article saved, so every toggle shows its saved state.
      await visit(page, ARTICLE)
      await page
        .getByRole('button', { name: /Perbesar foto/ })
        .first()
        .click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectNoViolations(page, 'photo dialog')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toBeHidden()
      await saveSeed(page)
      await visit(page, BOOKMARKS_SAVED)
      await expectNoViolations(page, 'bookmarks, with a saved article')
      // One leader followed: the following page with its chips, and a followed toggle.
      await visit(
        page,
        ROUTES.find((route) => route.name === 'entity page')!,
      )
      await page.getByRole('button', { name: 'Ikuti Vladimir Putin' }).click()
      await expect(page.getByRole('button', { name: 'Diikuti Vladimir Putin' })).toBeVisible()
      await expectNoViolations(page, 'entity page, followed')
      await visit(page, FOLLOWING)
      await expectNoViolations(page, 'following, one leader followed')

      await visit(page, ROUTES[1]!)
      if (label === 'phone') {
        await page.getByRole('button', { name: /^Saring/ }).click()
        await expect(page.getByRole('dialog', { name: 'Saring berita' })).toBeVisible()
        await expectNoViolations(page, 'filter sheet')
        await page.keyboard.press('Escape')
      } else {
        await page.keyboard.press('?')
        await expect(page.getByRole('dialog', { name: 'Pintasan papan ketik' })).toBeVisible()
        await expectNoViolations(page, 'shortcut help')
        await page.keyboard.press('Escape')
      }
      await expect(page.getByRole('dialog')).toBeHidden()
    })
  }
}

test('axe finds nothing in the English interface', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/news/i)
  // The choice is on screen at once and stored a moment later (behind a cross-tab lock): leave only once it is stored.
  await expect
    .poll(() => page.evaluate(() => Object.values(localStorage).some((value) => value.includes('"language":"en"'))))
    .toBe(true)
  for (const path of ['/', SEED, '/entities/vladimir-putin']) {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
    await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0)
    await expectNoViolations(page, path)
  }
  // The logo is named by what it shows, in the reader's language; a read-also label is English inside Indonesian text.
  await expect(page.getByRole('banner').getByRole('link').first()).toHaveAccessibleName('Warta World politics news')
  await page.goto(SEED)
  const readAlso = page.getByRole('complementary', { name: /^Read also Putin Minta Seluruh Wilayah/ })
  await expect(readAlso.getByText('Read also')).toHaveAttribute('lang', 'en')
})

const LANDMARK =
  /^\s*- '?(banner|navigation|main|complementary|contentinfo|region|search|form)\b(?: ("(?:[^"\\]|\\.)*"))?/gm

// What axe does not check. Two landmarks of one kind need names that tell them apart.
test('landmarks of one kind have names of their own on every page', async ({ page }) => {
  await saveSeed(page)
  for (const route of [...ROUTES, BOOKMARKS_SAVED]) {
    await visit(page, route)
    const snapshot = await page.locator('body').ariaSnapshot()
    const landmarks = [...snapshot.matchAll(LANDMARK)].map(([, role, name]) => `${role} ${name ?? '(no name)'}`)
    expect(landmarks.length, route.name).toBeGreaterThan(2)
    expect(
      landmarks.filter((landmark, index) => landmarks.indexOf(landmark) !== index),
      `${route.name}: landmarks sharing a role and a name`,
    ).toEqual([])
  }
})

test('every article on a page is named by its headline', async ({ page }) => {
  await saveSeed(page)
  for (const route of [
    ...ROUTES.filter(
      (route) =>
        !['directory', 'directory, the map', 'data', 'not found', 'following, nothing followed'].includes(route.name),
    ),
    BOOKMARKS_SAVED,
  ]) {
    await visit(page, route)
    const articles = await page.getByRole('main').getByRole('article').all()
    expect(articles.length, route.name).toBeGreaterThan(0)
    for (const article of articles) {
      const headline = await article.getByRole('heading').first().textContent()
      await expect(article, route.name).toHaveAccessibleName(headline!.trim())
    }
  }
})

test('a page has one <title> at every moment, from the first paint on', async ({ page }) => {
  // After every change to the document, the number of <title> elements in it.
  await page.addInitScript(() => {
    const counts: number[] = []
    Object.assign(window, { titleCounts: counts })
    new MutationObserver(() => counts.push(document.querySelectorAll('title:not(svg title)').length)).observe(
      document,
      {
        childList: true,
        subtree: true,
      },
    )
  })
  const countsSinceFirstTitle = () =>
    page.evaluate(() => {
      const counts = (window as unknown as { titleCounts: number[] }).titleCounts
      return [...new Set(counts.slice(counts.findIndex((count) => count > 0)))]
    })
  // The API held back first, so the static first paint and the boot frame stay a while.
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/**', async (route) => {
    await gate
    await route.continue()
  })
  await page.goto('/')
  await expect(page).toHaveTitle(/Warta/)
  release()
  for (const route of [...ROUTES, BOOKMARKS_SAVED]) {
    await visit(page, { ...route, ready: (page) => page.getByRole('main') })
    expect(await countsSinceFirstTitle(), route.name).toEqual([1])
  }
})

test('the photo dialog stands beside its figure, not inside it', async ({ page }) => {
  await visit(page, ARTICLE)
  await expect(page.locator('dialog.photo-dialog').first()).toBeAttached()
  await expect(page.locator('figure dialog')).toHaveCount(0)
})

test('headings are in order on every route', async ({ page }) => {
  for (const route of ROUTES) {
    const { name } = route
    await visit(page, route)
    const levels = await page
      .getByRole('heading')
      .evaluateAll((headings) => headings.filter((h) => h.checkVisibility()).map((h) => Number(h.tagName.slice(1))))
    expect(levels[0], `${name} starts with h1`).toBe(1)
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!, `${name}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1)
  }
})

/**
 * The share of a box's pixels, as painted, that are not the page's background (the most common colour of the
 * screen). Computed styles do not show forced colours: the pixels do. Decoded in a blank page of the browser.
 */
async function painted(page: Page, box: Locator): Promise<number> {
  const screen = await page.screenshot()
  const region = await box.screenshot()
  const decoder = await page.context().newPage()
  try {
    return await decoder.evaluate(
      async ({ screenPng, regionPng }) => {
        const pixels = async (base64: string) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
          const context = canvas.getContext('2d')!
          context.drawImage(bitmap, 0, 0)
          const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data
          const colours: number[] = []
          for (let i = 0; i < data.length; i += 4) colours.push((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
          return colours
        }
        const counts = new Map<number, number>()
        for (const colour of await pixels(screenPng)) counts.set(colour, (counts.get(colour) ?? 0) + 1)
        const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
        const inBox = await pixels(regionPng)
        return inBox.filter((colour) => colour !== background).length / inBox.length
      },
      { screenPng: screen.toString('base64'), regionPng: region.toString('base64') },
    )
  } finally {
    await decoder.close()
  }
}

test('forced colours (a contrast theme): chart bars, the date histogram and the chosen option stay drawn', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' })
  await page.setViewportSize({ width: 1280, height: 900 })

  await page.goto('/entities/vladimir-putin')
  const coverage = page.getByRole('region', { name: 'Liputan dari waktu ke waktu' })
  // The tallest bar, a column of colour in the screenshots of the chart.
  const bars = coverage.getByRole('link').locator('span')
  await expect(bars.first()).toBeVisible()
  const heights = await bars.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().height))
  expect(await painted(page, bars.nth(heights.indexOf(Math.max(...heights))))).toBeGreaterThan(0.8)
  const pair = page
    .getByRole('region', { name: 'Sering disebut bersama' })
    .getByRole('link', { name: /^\d+ artikel/ })
    .first()
  expect(await painted(page, pair.locator('span span'))).toBeGreaterThan(0.8)

  await page.goto('/')
  const presets = page.getByRole('radiogroup', { name: 'Tanggal' })
  const chosen = presets.locator('label', { has: page.locator('input:checked') })
  await expect(chosen).toHaveText('Semua')
  expect(await painted(page, chosen)).toBeGreaterThan(0.5)
  const histogram = page.getByRole('group', { name: 'Jumlah artikel per hari' }).locator('div.relative').first()
  expect(await painted(page, histogram)).toBeGreaterThan(0.15)
})

test('reduced motion: no animation runs for a reader who asks for less', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  // The articles are held back until the skeletons are measured: the feed's skeleton stays on screen.
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/articles?*', async (route) => {
    await gate
    await route.continue()
  })
  await page.goto('/')
  await expect(page.locator('main .skeleton').first()).toBeVisible()
  const durations = await page
    .locator('.skeleton')
    .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).animationDuration)))
  expect(durations.length).toBeGreaterThan(0)
  for (const duration of durations) expect(duration).toBeLessThan(0.1)
  release()
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
})

test('focus moving up the page is never hidden under the sticky header (WCAG 2.4.11), and focus in the header moves no page, on a phone', async ({
  page,
}) => {
  // The header is 137 px tall at this width: the browser scrolls focus below it only with the page's scroll padding.
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/')
  await articleCards(page).nth(3).waitFor()
  await page.getByRole('main').getByRole('article').nth(4).getByRole('heading').getByRole('link').focus()
  const hidden: string[] = []
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab')
    const place = await page.evaluate(() => {
      const focused = document.activeElement
      const header = document.querySelector('header')
      if (!focused || !header || !document.querySelector('main')?.contains(focused)) return null
      return {
        bottom: focused.getBoundingClientRect().bottom,
        header: header.getBoundingClientRect().bottom,
        text: focused.textContent,
      }
    })
    if (place && place.bottom <= place.header) hidden.push(place.text ?? '')
  }
  expect(hidden).toEqual([])
  // The header's own field, always in view, is focused where the page is: the page does not move.
  await page.getByRole('main').getByRole('article').nth(4).getByRole('heading').getByRole('link').focus()
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(scrolled).toBeGreaterThan(0)
  await page.keyboard.press('/')
  await expect(page.getByRole('combobox', { name: 'Cari berita' })).toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
})

test('"Muat lebih banyak" keeps the keyboard focus while the next page loads, and after', async ({ page }) => {
  // The next page held back: the button says it is loading, and must not drop the focus to the page meanwhile.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/api\/articles\?.*cursor=/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  await articleCards(page).nth(19).waitFor()
  await page.getByRole('button', { name: 'Muat lebih banyak' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Memuat artikel berikutnya…' })).toBeFocused()
  release()
  // The list counts its loaded cards in aria-setsize (it is windowed once it outgrows a page).
  await expect(page.locator('main ol > li').first()).not.toHaveAttribute('aria-setsize', '20')
  await expect(page.getByRole('button', { name: 'Muat lebih banyak' })).toBeFocused()
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
  const search = page.getByRole('combobox', { name: 'Cari berita' })
  await expect(search).toBeVisible()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await page.keyboard.type('gb j')
  await expect(search).toHaveValue('gb j')
  await expect(page).toHaveURL(/\/$/)
})

test('on a phone, / focuses the header search from anywhere', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin Telepon Xi/)
  await page.keyboard.press('/')
  await expect(page.getByRole('search', { name: 'Cari berita' }).getByRole('combobox')).toBeFocused()
  await expect(page.getByRole('combobox', { name: 'Cari berita' })).toBeInViewport()
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
