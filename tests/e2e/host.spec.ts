// The preview host as a browser meets it: the feed's first page is preloaded,
// and the app then asks for that very URL, so the preload is used, not wasted.
import { expect, test } from './fixtures'

test('the feed asks for exactly the page the host preloads', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    // The list's pages, not the date panel's histogram (a request of its own, loaded beside the list).
    if (url.pathname === '/api/articles' && !url.searchParams.has('histogram'))
      requested.push(url.pathname + url.search)
  })
  const response = await page.goto('/')
  const preloaded = /<([^>]+)>; rel=preload/.exec(response?.headers().link ?? '')?.[1]
  expect(preloaded).toMatch(/^\/api\/articles\?/)
  await expect(page.getByRole('list', { name: 'Daftar artikel' }).getByRole('article').first()).toBeVisible()
  expect(requested.length).toBeGreaterThan(0)
  expect(new Set(requested)).toEqual(new Set([preloaded]))
})
