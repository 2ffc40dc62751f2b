// Warta can be installed: Chromium finds a valid manifest with its icons and
// reports no installability errors (DevTools protocol), with the service worker running.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { expect, test } from './fixtures'

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('Chromium reports the app installable, with a manifest and icons it can use', async ({ baseURL }) => {
  // Chromium never offers to install from an incognito profile, which is what a test's context is: use a real one.
  const profile = mkdtempSync(join(tmpdir(), 'warta-install-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    serviceWorkers: 'allow',
  })
  try {
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })

    const cdp = await context.newCDPSession(page)
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string }
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/)
    expect(manifest.errors).toEqual([])
    const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>
    expect(data).toMatchObject({
      id: '/',
      short_name: 'Warta',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'id',
    })

    const installabilityErrors = async () =>
      ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors
    await expect.poll(installabilityErrors).toEqual([])

    // Every icon the manifest names is there, a PNG of the size it claims.
    const icons = data.icons as { src: string; sizes: string; purpose: string }[]
    expect(icons.map((icon) => icon.purpose).sort()).toEqual(['any', 'any', 'maskable'])
    for (const icon of icons) {
      const response = await page.request.get(icon.src)
      expect(response.status(), icon.src).toBe(200)
      const { width, height } = pngSize(await response.body())
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes)
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
})
