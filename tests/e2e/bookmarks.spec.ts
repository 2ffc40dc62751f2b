import type { BrowserContext, Page } from '@playwright/test'
import { writeFile } from 'node:fs/promises'
import { ALONE, expect, test } from './fixtures'

const SEED_SLUG = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
const SEED_TITLE = /Putin Telepon Xi, Lukashenko, dan Modi/
const OTHER_SLUG = 'putin-minta-seluruh-wilayah-oblast-donetsk-sebagai-syarat-akhiri-perang-ukraina'
const OTHER_TITLE = /Putin Minta Seluruh Wilayah Oblast Donetsk/

/** The article page's own bookmark toggle (related cards have theirs further down). */
const pageToggle = (page: Page) =>
  page.locator('main > article > header').getByRole('button', { name: /^(Simpan|Tersimpan)$/ })
const savedList = (page: Page) => page.getByRole('list', { name: 'Artikel tersimpan' })
const navCount = (page: Page, count: number) =>
  page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: new RegExp(`${count} artikel tersimpan`) })

async function saveFromArticlePage(page: Page, slug: string, title: RegExp) {
  await page.goto(`/articles/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await pageToggle(page).click()
  await expect(pageToggle(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(pageToggle(page)).toHaveText('Tersimpan')
  // On screen at once; in IndexedDB a moment later. Leaving the page before that moment would test the browser, not us.
  await expect.poll(() => storedSlugs(page)).toContain(slug)
}

/** Writes a value straight into the bookmarks' IndexedDB record, as a damaged disk or a bug might. */
async function writeStoredRecord(page: Page, value: unknown) {
  await page.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('warta-bookmarks')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('keyval', 'readwrite')
      transaction.objectStore('keyval').put(record, 'warta:bookmarks')
      transaction.oncomplete = () => resolve()
      transaction.onerror = () => reject(transaction.error)
    })
    db.close()
  }, value)
}

async function storedSlugs(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('warta-bookmarks')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const record = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('keyval').objectStore('keyval').get('warta:bookmarks')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    const items = (record as { data?: { slug: string }[] } | undefined)?.data ?? []
    return items.map((item) => item.slug)
  })
}

async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('warta-bookmarks')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('keyval').objectStore('keyval').getAllKeys()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    return keys.map(String)
  })
}

test('a saved article survives a reload, and a second tab shows it within a second', async ({ page, context }) => {
  const second = await context.newPage()
  await second.goto('/bookmarks')
  await expect(second.getByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeVisible()

  await saveFromArticlePage(page, SEED_SLUG, SEED_TITLE)
  await expect(savedList(second).getByRole('link', { name: SEED_TITLE })).toBeVisible({ timeout: 1000 })
  await expect(navCount(second, 1)).toBeVisible({ timeout: 1000 })

  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  await expect(pageToggle(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(navCount(page, 1)).toBeVisible()

  // Unsaving in one tab shows in the other too.
  await pageToggle(page).click()
  await expect(second.getByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeVisible({ timeout: 1000 })
  await second.close()
})

test('the bookmarks page opened from the nav, 600 px down the feed, starts at its top', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  const scrollY = () => page.evaluate(() => window.scrollY)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeVisible()
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
  // Two saved from the feed's cards: each pressed "Simpan" turns into "Tersimpan", the next card's is first.
  const save = page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true })
  await save.first().click()
  await expect(navCount(page, 1)).toBeVisible()
  await save.first().click()
  await expect(navCount(page, 2)).toBeVisible()
  await page.mouse.wheel(0, 900)
  await expect.poll(scrollY).toBeGreaterThan(600)

  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: /^Tersimpan/ })
    .click()
  const heading = page.getByRole('heading', { level: 1, name: 'Tersimpan' })
  await expect(heading).toBeFocused()
  await expect(savedList(page).getByRole('article')).toHaveCount(2)
  // The list measures its cards as they come, and again as their photos load: none of that may move the page.
  await page.waitForTimeout(500)
  expect(await scrollY()).toBe(0)
  await expect(heading).toBeInViewport()
  await expect(page.getByRole('searchbox', { name: 'Cari di artikel tersimpan' })).toBeInViewport()
})

/** Makes the pages of `context` see no IndexedDB, as some locked-down browsers do: Warta falls back to localStorage. */
async function withoutIndexedDb(context: BrowserContext) {
  await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
}

for (const storage of ['IndexedDB', 'the localStorage fallback'] as const)
  test(`two tabs saving different articles at the same moment keep both, with ${storage}`, async ({
    page,
    context,
  }) => {
    if (storage === 'the localStorage fallback') await withoutIndexedDb(context)
    const second = await context.newPage()
    await page.goto(`/articles/${SEED_SLUG}`)
    await second.goto(`/articles/${OTHER_SLUG}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(OTHER_TITLE)

    // Both tabs press Simpan at the same agreed instant.
    const at = Date.now() + 400
    const pressAt = (tab: Page) =>
      tab.evaluate(
        (when) =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              document.querySelector<HTMLButtonElement>('main > article > header button[aria-pressed]')?.click()
              resolve()
            }, when - Date.now())
          }),
        at,
      )
    await Promise.all([pressAt(page), pressAt(second)])

    for (const tab of [page, second]) await expect(navCount(tab, 2)).toBeVisible({ timeout: 1000 })
    await page.goto('/bookmarks')
    await expect(savedList(page).getByRole('article')).toHaveCount(2)
    await expect(savedList(page).getByRole('link', { name: SEED_TITLE })).toBeVisible()
    await expect(savedList(page).getByRole('link', { name: OTHER_TITLE })).toBeVisible()
    if (storage === 'the localStorage fallback') {
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('warta:bookmarks') ?? '{}'))
      expect(stored.data.map((item: { slug: string }) => item.slug).sort()).toEqual([OTHER_SLUG, SEED_SLUG].sort())
    }
    await second.close()
  })

test('with the API unreachable, a saved article still opens from the bookmarks page', async ({ page }) => {
  await saveFromArticlePage(page, SEED_SLUG, SEED_TITLE)
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'))
  await page.goto('/bookmarks')
  await savedList(page).getByRole('link', { name: SEED_TITLE }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  await expect(page.getByText(/Ini salinan yang Anda simpan pada/)).toBeVisible()
  await expect(page.getByRole('figure').first()).toContainText(
    'Foto: Sputnik/Kristina Kormilitsyna; Getty Images/Rebecca Noble',
  )
  await expect(page.getByText('(The Kyiv Independent/B-3)')).toBeVisible()
})

test('offline: a banner, saved articles open, and the app resumes when the network returns', async ({
  page,
  context,
}) => {
  await saveFromArticlePage(page, SEED_SLUG, SEED_TITLE)
  // A fresh page, so that the article is not in memory any more: only its bookmark has it.
  await page.goto('/bookmarks')
  // Service workers are blocked here (offline-start.spec.ts covers them): the article page's code comes
  // from the HTTP cache, where opening the article above put it.
  await expect(savedList(page).getByRole('link', { name: SEED_TITLE })).toBeVisible()

  await context.setOffline(true)
  const banner = page.getByText(/Anda sedang offline\. Artikel tersimpan tetap bisa dibaca/)
  await expect(banner).toBeVisible()
  await savedList(page).getByRole('link', { name: SEED_TITLE }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  await expect(page.getByText(/Ini salinan yang Anda simpan pada/)).toBeVisible()

  // An article that was not saved waits for the network, without a spinner, and loads when it is back.
  await page.getByRole('complementary', { name: 'Baca juga' }).first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anda sedang offline')
  await context.setOffline(false)
  await expect(banner).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OTHER_TITLE)
})

test('damaged stored data: the app starts, says it was set aside, and saving works again', async ({ page }) => {
  await saveFromArticlePage(page, SEED_SLUG, SEED_TITLE)
  await writeStoredRecord(page, '{"format":"warta.bookmarks","version":2,"items":[{"slug":')
  await page.goto('/bookmarks')
  await expect(page.getByRole('alert')).toContainText(
    'Data artikel tersimpan di browser ini rusak dan tidak dapat dibaca. Data itu kami sisihkan, tidak dihapus',
  )
  await expect(page.getByRole('heading', { level: 1, name: 'Tersimpan' })).toBeVisible()
  expect(
    (await storedKeys(page)).filter((key) => key.startsWith('warta:bookmarks:set-aside:unreadable:')),
  ).toHaveLength(1)

  await saveFromArticlePage(page, OTHER_SLUG, OTHER_TITLE)
  await page.goto('/bookmarks')
  await expect(page.getByRole('alert')).toBeHidden()
  await expect(savedList(page).getByRole('link', { name: OTHER_TITLE })).toBeVisible()
})

test('data from a newer Warta opens read-only with a message', async ({ page }) => {
  await page.goto('/bookmarks')
  await expect(page.getByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeVisible()
  await writeStoredRecord(page, { format: 'warta.reader-data', kind: 'bookmarks', version: 99, data: [] })
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('dibuat oleh versi Warta yang lebih baru')
  await page.goto(`/articles/${SEED_SLUG}`)
  await pageToggle(page).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Tidak dapat diubah' })).toBeVisible()
  await expect(pageToggle(page)).toHaveAttribute('aria-pressed', 'false')
})

test('the import and export result has its live region in the page before any result, so the result is announced', async ({
  page,
}) => {
  await page.goto('/bookmarks')
  await expect(page.getByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeVisible()
  const status = page.getByRole('region', { name: 'Bawa ke browser lain' }).getByRole('status')
  // Empty but exposed: a live region that appears together with its text may not be read out.
  await expect(status).toBeAttached()
  await expect(status).toBeEmpty()
  await page.getByLabel('Impor berkas').setInputFiles('tests/fixtures/bookmarks-v2.json')
  await expect(status).toHaveText('2 ditambahkan, 0 dilewati.')
  await expect(savedList(page).getByRole('article')).toHaveCount(2)
})

test(
  'an import of 60,000 articles is checked off the main thread with progress, and the page shows only a window of them',
  ALONE,
  async ({ page }, testInfo) => {
    // Generating, checking and storing 60,000 articles on a shared two-core machine.
    test.setTimeout(120_000)
    const COUNT = 60_000
    const items = Array.from({ length: COUNT }, (_, index) => {
      const slug = `artikel-simpanan-${index}`
      return {
        slug,
        savedAt: new Date(Date.UTC(2025, 7, 1) + index * 60_000).toISOString(),
        complete: false,
        article: {
          slug,
          title: `Artikel simpanan nomor ${index}`,
          dek: 'Ringkasan.',
          publishedAt: '2025-08-09T08:30:00+07:00',
          section: 'Internasional',
          hero: {
            src: '/images/none.svg',
            width: 1200,
            height: 675,
            alt: 'Ilustrasi',
            caption: 'Foto.',
            credits: ['Warta'],
          },
          entities: [],
          readingMinutes: 3,
        },
      }
    })
    const file = testInfo.outputPath('warta-60k.json')
    await writeFile(file, JSON.stringify({ format: 'warta.bookmarks', version: 2, items }))

    await page.goto('/bookmarks')
    await expect(page.getByRole('heading', { name: 'Belum ada artikel tersimpan' })).toBeVisible()
    // While the file is checked: the longest gap between two animation frames (the page must keep painting),
    // and every progress the page shows (recorded as it happens: on a fast machine the check takes a blink).
    await page.evaluate(() => {
      const state = window as unknown as { __longestFrameGap: number; __watching: boolean; __progressSeen: string[] }
      state.__longestFrameGap = 0
      state.__watching = true
      state.__progressSeen = []
      let last = performance.now()
      const tick = (now: number) => {
        state.__longestFrameGap = Math.max(state.__longestFrameGap, now - last)
        last = now
        if (state.__watching) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
      new MutationObserver(() => {
        const bar = document.querySelector('progress')
        const text = bar?.labels?.[0]?.textContent
        if (text && state.__progressSeen.at(-1) !== text) state.__progressSeen.push(text)
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    })
    await page.getByLabel('Impor berkas').setInputFiles(file)
    await expect(page.getByRole('region', { name: 'Bawa ke browser lain' }).getByRole('status')).toHaveText(
      '60.000 ditambahkan, 0 dilewati.',
      { timeout: 60_000 },
    )
    const { longestFrameGap, progressSeen } = await page.evaluate(() => {
      const state = window as unknown as { __longestFrameGap: number; __watching: boolean; __progressSeen: string[] }
      state.__watching = false
      return { longestFrameGap: state.__longestFrameGap, progressSeen: state.__progressSeen }
    })
    // The reader saw the check move: some count between none and all of the 60,000.
    expect(
      progressSeen.some((text) => /Memeriksa berkas: [1-5]?\d\.\d{3} dari 60\.000 artikel/.test(text)),
      progressSeen.join(' | '),
    ).toBe(true)
    // Checked on the main thread, the page froze for seconds; a loaded two-core machine still drops a few frames.
    expect(longestFrameGap, 'longest frame gap while the file was checked and stored (ms)').toBeLessThan(1000)

    await expect(page.getByText('60.000 artikel, tersimpan di browser ini')).toBeVisible()
    const cards = savedList(page).getByRole('article')
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeLessThan(40)
    // Scrolling far down brings that part of the list into the page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2))
    await expect(
      savedList(page)
        .getByRole('link', { name: /^Artikel simpanan nomor 3\d{4}$/ })
        .first(),
    ).toBeVisible()
    expect(await cards.count()).toBeLessThan(40)
  },
)
