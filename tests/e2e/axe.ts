// axe-core's own axe.min.js (4.14), run in the page: its Playwright wrapper of
// that version needs Node 22, and 4.13 does not run WCAG 2.5.3 Label in Name.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

type AxeWindow = { axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }

/**
 * The axe violations on the page as it is now, one line per element:
 * `rule-id selector: what to fix`. Empty when the page passes.
 *
 * The source goes in through page.evaluate, which the page's
 * Content-Security-Policy does not govern (an injected <script> would be
 * blocked by `script-src 'self'`), so the CSP under test stays as shipped.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const results = await page.evaluate(
    (tags) =>
      (window as AxeWindow).axe!.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  )
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  )
}
