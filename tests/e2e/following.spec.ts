import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' })
const followingList = (page: Page) => page.getByRole('list', { name: 'Artikel tentang yang Anda ikuti' })

/** Reads a reader-data record straight from IndexedDB. */
async function storedRecord(page: Page, key: string): Promise<{ data?: unknown } | undefined> {
  return page.evaluate(async (recordKey) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('warta-bookmarks')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const record = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('keyval').objectStore('keyval').get(recordKey)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    return record as { data?: unknown } | undefined
  }, key)
}

/** Writes a reader-data record straight into IndexedDB, as an earlier visit left it. */
async function writeRecord(page: Page, key: string, data: unknown) {
  await page.evaluate(
    async ({ recordKey, record }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('warta-bookmarks')
        request.onupgradeneeded = () => request.result.createObjectStore('keyval')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('keyval', 'readwrite')
        transaction.objectStore('keyval').put(record, recordKey)
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error)
      })
      db.close()
    },
    { recordKey: key, record: { format: 'warta.reader-data', kind: key.slice(6), version: 1, revision: 1, data } },
  )
}

const followedIds = async (page: Page) =>
  ((await storedRecord(page, 'warta:follows'))?.data as { id: string }[] | undefined)?.map((item) => item.id) ?? []

test('follow Putin and Kazakhstan, reload, and read their news on the following page', async ({ page }) => {
  await page.goto('/entities/vladimir-putin')
  await page.getByRole('button', { name: 'Ikuti Vladimir Putin' }).click()
  await expect(page.getByRole('button', { name: 'Diikuti Vladimir Putin' })).toHaveAttribute('aria-pressed', 'true')
  await page.goto('/entities')
  await page.getByRole('button', { name: 'Ikuti Kazakhstan' }).click()
  await expect(page.getByRole('button', { name: 'Diikuti Kazakhstan' })).toBeVisible()
  await expect.poll(() => followedIds(page)).toEqual(['vladimir-putin', 'kazakhstan'])

  await page.reload()
  await expect(page.getByRole('button', { name: 'Diikuti Vladimir Putin' })).toHaveAttribute('aria-pressed', 'true')
  await mainNav(page)
    .getByRole('link', { name: /^Diikuti/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diikuti')
  await expect(followingList(page).getByRole('article').first()).toBeVisible()
  const chips = page.getByRole('region', { name: 'Yang Anda ikuti' })
  await expect(chips.getByRole('button')).toHaveText(['Vladimir Putin', 'Kazakhstan'])
  await chips.getByRole('button', { name: 'Kazakhstan' }).click()
  await expect(page).toHaveURL(/\/following\?entity=kazakhstan$/)
  await expect(
    page.getByRole('list', { name: 'Artikel tentang Kazakhstan' }).getByRole('article').first(),
  ).toBeVisible()
})

test('new articles stay marked over a reload, and the mark moves once the reader leaves', async ({ page }) => {
  await page.goto('/')
  await writeRecord(page, 'warta:follows', [{ id: 'vladimir-putin', followedAt: '2025-08-01T00:00:00.000Z' }])
  // The last visit began on 30 August and is over: the articles of 30 and 31 August are new.
  await writeRecord(page, 'warta:visits', {
    following: {
      previous: '2025-08-20T00:00:00.000Z',
      current: '2025-08-30T00:00:00.000Z',
      left: '2025-08-30T01:00:00.000Z',
    },
  })
  await page.goto('/following')
  await expect(followingList(page).getByText('Baru', { exact: true }).first()).toBeVisible()
  const count = await followingList(page).getByText('Baru', { exact: true }).count()
  await expect(mainNav(page).getByRole('link', { name: /^Diikuti.*artikel baru\)$/ })).toBeVisible()

  await page.reload()
  await expect(followingList(page).getByText('Baru', { exact: true })).toHaveCount(count)

  await mainNav(page)
    .getByRole('link', { name: /^Beranda/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Berita/)
  await mainNav(page)
    .getByRole('link', { name: /^Diikuti/ })
    .click()
  await expect(page.getByText('Tidak ada artikel baru sejak kunjungan terakhir Anda.')).toBeVisible()
  await expect(followingList(page).getByText('Baru', { exact: true })).toHaveCount(0)
})

/** Makes the pages of `context` see no IndexedDB: Warta falls back to localStorage. */
async function withoutIndexedDb(context: BrowserContext) {
  await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
}

for (const storage of ['IndexedDB', 'the localStorage fallback'] as const)
  test(`two tabs following different leaders at the same moment keep both, with ${storage}`, async ({
    page,
    context,
  }) => {
    if (storage === 'the localStorage fallback') await withoutIndexedDb(context)
    const second = await context.newPage()
    await page.goto('/entities/vladimir-putin')
    await second.goto('/entities/xi-jinping')
    await expect(page.getByRole('button', { name: 'Ikuti Vladimir Putin' })).toBeVisible()
    await expect(second.getByRole('button', { name: 'Ikuti Xi Jinping' })).toBeVisible()

    // Both tabs press Ikuti at the same agreed instant.
    const at = Date.now() + 400
    const pressAt = (tab: Page, name: string) =>
      tab.evaluate(
        ({ when, label }) =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)?.click()
              resolve()
            }, when - Date.now())
          }),
        { when: at, label: name },
      )
    await Promise.all([pressAt(page, 'Ikuti Vladimir Putin'), pressAt(second, 'Ikuti Xi Jinping')])
    await expect(page.getByRole('button', { name: 'Diikuti Vladimir Putin' })).toBeVisible()
    await expect(second.getByRole('button', { name: 'Diikuti Xi Jinping' })).toBeVisible()
    if (storage === 'the localStorage fallback') {
      // localStorage has no transactions across tabs: a tab whose write another wrote over writes it again when
      // it hears of that write (merge on write, kind-store.ts). Leaving before then would take the change with it.
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('warta:follows') ?? ''))
        .toMatch(/vladimir-putin[\s\S]*xi-jinping|xi-jinping[\s\S]*vladimir-putin/)
    }

    await page.goto('/following')
    const chips = page.getByRole('region', { name: 'Yang Anda ikuti' })
    await expect(chips.getByRole('button')).toHaveCount(2)
    await expect(chips.getByRole('button', { name: /^Vladimir Putin/ })).toBeVisible()
    await expect(chips.getByRole('button', { name: /^Xi Jinping/ })).toBeVisible()
    if (storage === 'the localStorage fallback') {
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('warta:follows') ?? '{}'))
      expect(stored.data.map((item: { id: string }) => item.id).sort()).toEqual(['vladimir-putin', 'xi-jinping'])
    }
    await second.close()
  })
