import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium'

const port = Number(process.env.E2E_PORT ?? 4174)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  // Two at a time: a browser test waits on the page as much as it works (the suite took 10 minutes one at a time).
  // Tests tagged ALONE (fixtures.ts) come after the others, one at a time.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The service worker would serve assets from its cache, out of page.route's
    // reach; the offline-start test allows it explicitly.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', grepInvert: /@alone/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'alone',
      grep: /@alone/,
      workers: 1,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    // Builds, then serves the production build with its mock API on its own port. `npm run check` has just
    // built (after its typecheck), and says so with E2E_BUILT.
    command: `${process.env.E2E_BUILT ? '' : 'npx vite build && '}npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/api/entities`,
    reuseExistingServer: false,
    // The suite's tests are written against the authored corpus, whatever the shell has set (scale.spec.ts serves its own).
    env: { WARTA_CORPUS: 'authored' },
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
