import { setupServer } from 'msw/node'
import { handlers } from '../mocks/handlers'

/** The mock API for Vitest; failure cases override it per test with `server.use(...)`. */
export const server = setupServer(...handlers)
