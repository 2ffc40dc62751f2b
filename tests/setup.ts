import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server } from './msw-server'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

// findBy*/waitFor wait up to 5 s: CI machines are shared and have two cores, and a lazy route is compiled on first use.
configure({ asyncUtilTimeout: 5000 })

// jsdom does not scroll; the router's scroll restoration calls this. (Engine
// tests run in the node environment, without a window.)
if (typeof window !== 'undefined') window.scrollTo = () => undefined
// Nor does it scroll an element into view (the card commands, resuming a reading).
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= () => undefined

beforeEach(() => {
  if (typeof localStorage === 'undefined') return
  localStorage.clear()
  sessionStorage.clear()
})

// An unexpected console.error fails the test (Epic Stack habit); tests that
// expect one spy on console.error themselves.
let consoleErrors: unknown[][] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  server.events.removeAllListeners()
  const errors = consoleErrors
  vi.restoreAllMocks()
  if (errors.length > 0) {
    throw new Error(`Unexpected console.error:\n${errors.map((args) => args.map(String).join(' ')).join('\n')}`)
  }
})

afterAll(() => server.close())
