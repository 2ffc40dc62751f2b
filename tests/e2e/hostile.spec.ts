// The built app against a hostile API (page.route): it never crashes, never
// runs a script, never shows internals, and always offers a way forward.
import { expect, test } from './fixtures'

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a script opened a dialog: ${dialog.message()}`)
  })
})

test('500 from the API: a friendly message, and retry recovers', async ({ page }) => {
  await page.route('**/api/articles?*', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: '{"error":{"code":"internal","message":"TypeError at db.ts:42"}}',
    }),
  )
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Server sedang bermasalah', { timeout: 15_000 })
  await expect(page.locator('body')).not.toContainText('db.ts')
  await page.unroute('**/api/articles?*')
  await alert.getByRole('button', { name: 'Coba lagi' }).click()
  await expect(page.getByRole('list', { name: 'Daftar artikel' }).getByRole('article').first()).toBeVisible()
})

test('a truncated body is an error with retry', async ({ page }) => {
  await page.route(`**/api${SEED}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"article":{"slug":"putin-tel' }),
  )
  await page.goto(SEED)
  await expect(page.getByRole('alert')).toContainText('Server mengirim data yang tidak dapat kami baca.')
  await expect(page.getByRole('alert').getByRole('button', { name: 'Coba lagi' })).toBeVisible()
})

test('a response that never comes: a timeout, a message and a retry, no endless spinner', async ({ page }) => {
  test.setTimeout(60_000)
  let hang = true
  await page.route(`**/api${SEED}`, async (route) => {
    if (hang) return // never answered
    await route.fallback()
  })
  await page.goto(SEED)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Server terlalu lama menjawab', { timeout: 30_000 })
  hang = false
  await alert.getByRole('button', { name: 'Coba lagi' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin Telepon Xi/)
})

test('HTML and script in text fields are shown as text and never run, even without the CSP', async ({ page }) => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
  // The page is served without its Content-Security-Policy: only the rendering stands between the text and the DOM.
  await page.route(
    (url) => url.pathname === SEED,
    async (route) => {
      const response = await route.fetch()
      const headers = { ...response.headers() }
      delete headers['content-security-policy']
      await route.fulfill({ response, headers })
    },
  )
  await page.route(`**/api${SEED}`, async (route) => {
    const response = await route.fetch()
    const body = await response.json()
    body.article.title = `Judul ${evil}`
    body.article.dek = evil
    body.article.hero.caption = evil
    body.article.hero.credits = [evil]
    body.article.hero.alt = evil
    body.article.section = evil
    body.article.body[0].text = evil
    body.article.body[0].mentions = []
    body.article.attribution.origin = evil
    await route.fulfill({ response, json: body })
  })
  await page.goto(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Judul ${evil}`)
  await expect(page.getByRole('main')).toContainText(`(${evil}/`)
  // An injected <img src=x> fails to load at once; its onerror would have run by the time the hero photo loaded.
  await expect(page.getByRole('figure').first().getByRole('img').first()).toHaveJSProperty('complete', true)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('main script')).toHaveCount(0)
})

test('a stale lazy chunk after a deploy: one reload, then an error page, never a loop', async ({ page, watch }) => {
  let loads = 0
  page.on('load', () => loads++)
  await page.route('**/assets/article-route-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }))
  await page.goto('/')
  await page
    .getByRole('list', { name: 'Daftar artikel' })
    .getByRole('article')
    .first()
    .getByRole('heading')
    .getByRole('link')
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ada yang tidak beres' })).toBeVisible({ timeout: 15_000 })
  await expect(page).toHaveURL(/\/articles\//)
  await expect(page.getByRole('button', { name: 'Muat ulang halaman' })).toBeVisible()
  // The page remembers it reloaded this URL for the new build: that is what stops a loop.
  expect(await page.evaluate(() => sessionStorage.getItem('warta:reloaded-for-chunk'))).toBe(page.url())
  expect(loads).toBe(2) // the first visit, and the one reload for the new build
  await expect(page.locator('body')).not.toContainText('dynamically imported')
  // The browser reports the failed import itself; that is this test's point, nothing else may fail.
  const unexpected = watch.pageErrors.filter((message) => !message.includes('dynamically imported module'))
  watch.pageErrors.length = 0
  expect(unexpected).toEqual([])
})

test('the preview sends the Content-Security-Policy', async ({ request }) => {
  const response = await request.get('/')
  const csp = response.headers()['content-security-policy'] ?? ''
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp).toContain(directive)
  }
  expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
})
