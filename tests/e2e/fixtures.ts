import { test as base, expect } from '@playwright/test'

type Watch = { cspViolations: string[]; pageErrors: string[] }

/**
 * Every browser test runs under watch: a Content-Security-Policy violation or
 * an uncaught page error fails it. Import `test` and `expect` from here.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { cspViolations: [], pageErrors: [] }
      await page.exposeFunction('__reportCspViolation', (description: string) => {
        watch.cspViolations.push(description)
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (d: string) => void }).__reportCspViolation
          report?.(`${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      page.on('pageerror', (error) => watch.pageErrors.push(error.message))
      await use(watch)
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([])
      expect(watch.pageErrors, 'uncaught page errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * For a test that measures time or frames, or loads the machine for tens of seconds: it runs after the rest of
 * the suite, one at a time (playwright.config.ts), not beside another test on a two-core machine.
 */
export const ALONE = { tag: '@alone' }
