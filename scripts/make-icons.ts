// `npm run icons`: the install icons in public/icons/, drawn from the logo
// (public/favicon.svg) by Debian's Chromium, so nothing is downloaded.
// "any" icons are the logo as it is; the maskable one keeps the mark inside the
// central 80% safe zone on a full-bleed brand background, as launchers crop it.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium'

const logo = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8')
const mark = logo.match(/<path[^>]*\/>/)?.[0]
if (!mark) throw new Error('public/favicon.svg has no <path> mark')

const BRAND = '#0f766e'
// The mark spans about 42 × 30 of the 64-unit box; scaled to 75% its corners stay inside the safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${BRAND}"/><g transform="translate(32 33) scale(0.75) translate(-32 -33)">${mark}</g></svg>`

const icons: { file: string; size: number; svg: string }[] = [
  { file: 'icon-192.png', size: 192, svg: logo },
  { file: 'icon-512.png', size: 512, svg: logo },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
  // iOS ignores the manifest's icons and rounds corners itself: full bleed, like the maskable one.
  { file: 'apple-touch-icon.png', size: 180, svg: maskable },
]

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `)
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`)
    await page.screenshot({
      path: `public/icons/${file}`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    })
    await page.close()
    console.log(`public/icons/${file} (${size}×${size})`)
  }
} finally {
  await browser.close()
}
