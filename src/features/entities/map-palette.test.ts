// @vitest-environment node
// The map's shades must stand out from the page (WCAG 1.4.11: 3:1 for graphics a reader must see) in both
// themes; read from the one stylesheet that defines them, so the test checks what ships.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const css = readFileSync(new URL('../../styles.css', import.meta.url), 'utf8')

/** The custom properties of the first rule with this selector. */
function variables(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  const block = css.slice(start, css.indexOf('}', start))
  return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]))
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (high! + 0.05) / (low! + 0.05)
}

describe('the map’s colour scale', () => {
  it.each([':root', '.dark'])('keeps 3:1 against the page and the map’s ground in %s', (selector) => {
    const theme = variables(selector)
    const shades = [1, 2, 3, 4].map((step) => theme.get(`map-${step}`))
    expect(shades.every(Boolean)).toBe(true)
    for (const shade of shades) {
      for (const ground of ['canvas', 'surface', 'muted']) {
        expect(contrast(shade!, theme.get(ground)!), `${shade} on --${ground}`).toBeGreaterThanOrEqual(3)
      }
    }
  })

  // Not a WCAG figure: neighbouring steps must be told apart on the map and in its legend. The light theme's first
  // two steps were 1.19:1 apart, and read as one.
  it.each([':root', '.dark'])('keeps neighbouring shades at least 1.3:1 apart in %s', (selector) => {
    const theme = variables(selector)
    const shades = [1, 2, 3, 4].map((step) => theme.get(`map-${step}`)!)
    for (let step = 1; step < shades.length; step++) {
      expect(contrast(shades[step - 1]!, shades[step]!), `map-${step} and map-${step + 1}`).toBeGreaterThanOrEqual(1.3)
    }
  })

  it('orders the shades from fewest articles to most, by lightness away from the ground', () => {
    for (const selector of [':root', '.dark']) {
      const theme = variables(selector)
      const ratios = [1, 2, 3, 4].map((step) => contrast(theme.get(`map-${step}`)!, theme.get('surface')!))
      expect([...ratios].sort((a, b) => a - b)).toEqual(ratios)
    }
  })
})
