// The service worker: a host that fails a navigation with a 5xx still gets the
// app from the cached shell, and the photo cache keeps the newest photos only.
import { expect, test } from './fixtures'

test.use({ serviceWorkers: 'allow' })

const SEED = '/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

test.beforeEach(async ({ page }) => {
  // A photo cache from an older Warta, as a reader's browser may still hold it.
  await page.addInitScript(async () => {
    const old = await caches.open('warta-photos')
    await old.put('/images/old.svg', new Response('<svg/>'))
  })
  await page.goto('/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
})

test('a 5xx from the host for a page: the app starts from the cached shell', async ({ context, page }) => {
  // The page only; the API's `/api/articles/…` for it answers as usual.
  await context.route(
    (url) => url.pathname === SEED,
    (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }),
  )
  await page.goto(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin Telepon Xi/)
  await expect(page.getByText('Service Unavailable')).toHaveCount(0)
})

test('the photo cache is versioned, and capped with the oldest photos out', async ({ page }) => {
  const count = 130
  const photoCaches = () =>
    page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('warta-photos')))
  await expect.poll(photoCaches).not.toContain('warta-photos')
  await page.evaluate(async (count) => {
    for (let n = 0; n < count; n++)
      await (await fetch(`/images/analisis-jaminan-keamanan-mirip-pasal-5-untuk-ukraina-apa-artinya.svg?n=${n}`)).blob()
  }, count)
  const cached = () =>
    page.evaluate(async () => {
      const [name] = (await caches.keys()).filter((key) => key.startsWith('warta-photos'))
      const keys = name ? await (await caches.open(name)).keys() : []
      return keys.map((request) => new URL(request.url).search)
    })
  await expect.poll(async () => (await cached()).includes(`?n=${count - 1}`)).toBe(true)
  const kept = await cached()
  expect(kept.length).toBeGreaterThan(0)
  expect(kept.length).toBeLessThan(count)
  expect(kept).not.toContain('?n=0')
  expect(await photoCaches()).toHaveLength(1)
})

test('the world map is not precached: fetched when a reader shows it, then kept for offline', async ({ page }) => {
  const shell = () =>
    page.evaluate(async () => {
      const [name] = (await caches.keys()).filter((key) => key.startsWith('warta-shell-'))
      const keys = name ? await (await caches.open(name)).keys() : []
      return keys.map((request) => new URL(request.url).pathname)
    })
  // Installed: every page's code is there (the directory's too), the map's is not.
  await expect
    .poll(async () => (await shell()).some((path) => /\/assets\/directory-route-[\w-]+\.js$/.test(path)))
    .toBe(true)
  expect((await shell()).filter((path) => path.includes('world-map'))).toEqual([])

  await page.goto('/entities?view=map')
  await expect(
    page.getByRole('group', { name: 'Peta negara menurut jumlah artikel' }).getByRole('link').first(),
  ).toBeVisible()
  await expect
    .poll(async () => (await shell()).filter((path) => /\/assets\/world-map-[\w-]+\.js$/.test(path)))
    .toHaveLength(1)
})
