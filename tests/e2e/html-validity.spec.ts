// The DOM the app renders, page by page and with its dialogs open, checked by
// the Nu HTML Checker (vnu.jar, on Java) in one run: no errors.
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }

/** The checker's errors for the files, one line each; its JSON report goes to stderr. */
async function vnuErrors(files: string[]): Promise<string[]> {
  const run = promisify(execFile)
  // Language detection only ever warns, and costs seconds.
  const args = ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--no-langdetect', ...files]
  const { stderr } = await run('java', args, { maxBuffer: 64 * 1024 * 1024 })
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] }
  return messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => `${basename(message.url ?? '')}:${message.lastLine ?? '?'}: ${message.message}`)
}

test('every page is valid HTML as rendered, dialogs open too', async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  const folder = testInfo.outputPath('rendered')
  mkdirSync(folder, { recursive: true })
  const files: string[] = []
  const keep = async (name: string) => {
    const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`)
    const file = join(folder, `${name}.html`)
    writeFileSync(file, html)
    files.push(file)
  }
  const visit = async (path: string, ready: (page: Page) => ReturnType<Page['getByRole']>) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(ready(page).first()).toBeVisible()
    await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0)
  }
  const cards = (page: Page) => page.getByRole('main').getByRole('article')

  await visit('/bookmarks', (page) => page.getByRole('heading', { level: 2 }))
  await keep('bookmarks-empty')
  await visit('/', cards)
  await keep('feed')
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog')).toBeVisible()
  await keep('shortcut-help')
  await visit('/?entity=vladimir-putin&entity=xi-jinping&match=any', cards)
  await keep('feed-filtered')
  await visit(SEED, (page) => page.getByRole('heading', { name: 'Artikel terkait' }))
  await keep('article')
  await page
    .getByRole('button', { name: /Perbesar foto/ })
    .first()
    .click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await keep('photo-dialog')
  await page.keyboard.press('Escape')
  await page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true }).first().click()
  await expect(page.getByRole('main').getByRole('button', { name: 'Tersimpan', exact: true }).first()).toBeVisible()
  await visit('/bookmarks', cards)
  await keep('bookmarks-saved')
  await visit('/data', (page) => page.getByText('Artikel tersimpan'))
  await keep('data')
  await visit('/entities', (page) => page.getByRole('main').getByRole('link'))
  await keep('directory')
  await visit('/following', (page) => page.getByRole('button', { name: /^Ikuti / }))
  await keep('following-empty')
  await visit('/entities?view=map', (page) =>
    page.getByRole('group', { name: 'Peta negara menurut jumlah artikel' }).getByRole('link'),
  )
  await keep('directory-map')
  await visit('/?from=2025-08-02&to=2025-08-31', (page) => page.getByRole('slider', { name: 'Akhir rentang' }))
  await page.getByText('Rentang lain').click()
  await page.getByRole('button', { name: 'Terapkan' }).click()
  await keep('feed-date-range')
  await visit('/entities/vladimir-putin', cards)
  await page.getByRole('button', { name: 'Ikuti Vladimir Putin' }).click()
  await expect(page.getByRole('button', { name: 'Diikuti Vladimir Putin' })).toBeVisible()
  await keep('entity')
  await visit('/following', cards)
  await keep('following')
  await visit('/stories/jalan-menuju-ktt-alaska', cards)
  await keep('story')
  await visit('/search?q=tarif', cards)
  await keep('search-results')
  await page.getByRole('combobox', { name: 'Cari berita' }).fill('putin')
  await expect(page.getByRole('listbox')).toBeVisible()
  await keep('search-suggestions')
  await visit('/tidak-ada', (page) => page.getByRole('main'))
  await keep('not-found')
  await page.setViewportSize({ width: 360, height: 780 })
  await visit('/?entity=xi-jinping', cards)
  await page.getByRole('button', { name: /^Saring/ }).click()
  await expect(page.getByRole('dialog', { name: 'Saring berita' })).toBeVisible()
  await keep('filter-sheet')

  expect(await vnuErrors(files)).toEqual([])
})
