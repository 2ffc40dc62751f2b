import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: [
      '*.test.ts',
      'tests/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'src/**/*.test.{ts,tsx}',
      'build/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Vitest's default leaves a core free: one file at a time on a two-core machine, where journeys wait on
    // timers and the network as much as they work (285 s one at a time, 200 s two at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // expect.poll waits as long as findBy* does (tests/setup.ts): a loaded two-core machine is slow to settle.
    expect: { poll: { timeout: 5000 } },
    // The tests are written against the authored corpus, whatever the shell has set.
    env: { WARTA_CORPUS: 'authored' },
  },
})
