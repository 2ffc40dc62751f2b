// Save, close the page, come back with no network: the service worker starts
// the app and the saved article opens from its snapshot.
import { expect, test } from './fixtures'

test.use({ serviceWorkers: 'allow' })

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

/**
 * Chromium 150 opens a document of an offline context with navigator.onLine true (its requests fail all the same),
 * and so fires no 'online' event in it when the context comes back; a document already open hears both. A
 * browser that is offline says so from a document's start: the page is told here what such a browser tells it.
 */
const saysOffline = () => Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false })
const saysBackOnline = () => {
  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true })
  window.dispatchEvent(new Event('online'))
}

test('a saved article opens after the browser comes back offline', async ({ context, page }) => {
  await page.goto(SEED)
  await page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true }).first().click()
  await expect(page.getByRole('main').getByRole('button', { name: 'Tersimpan', exact: true }).first()).toBeVisible()
  // The worker has installed and holds the shell.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.close()

  await context.setOffline(true)
  await context.addInitScript(saysOffline)
  const later = await context.newPage()
  await later.goto('/bookmarks')
  await expect(later.getByRole('heading', { level: 1 })).toHaveText(/Tersimpan/)
  // The app knows from the start that there is no network.
  await expect(later.getByText(/Anda sedang offline\. Artikel tersimpan tetap bisa dibaca/)).toBeVisible()
  await later
    .getByRole('link', { name: /Putin Telepon Xi/ })
    .first()
    .click()
  await expect(later.getByRole('heading', { level: 1 })).toHaveText(/Putin Telepon Xi/)
  await expect(later.getByText('Presiden Rusia Vladimir Putin (kiri); Presiden AS Donald Trump (kanan).')).toBeVisible()
  await expect(later.getByText(/salinan yang Anda simpan/i)).toBeVisible()
  // A page that needs the network waits for it, and loads by itself once it is back.
  await later.goto('/entities/vladimir-putin')
  await expect(later.getByRole('heading', { level: 1, name: 'Anda sedang offline' })).toBeVisible()
  await context.setOffline(false)
  await later.evaluate(saysBackOnline)
  await expect(later.getByRole('heading', { level: 1, name: 'Vladimir Putin' })).toBeVisible()
})
