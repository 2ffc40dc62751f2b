// React Router's package exports name only its development build (dist/development: ENABLE_DEV_WARNINGS is
// true, so every warning's check and text ships and runs), in production too: remix-run/react-router#14102,
// still open for 7.18. A production build here takes the package's own dist/production build instead, the
// same code with the warnings compiled out. Dev and tests keep the warnings.
import { fileURLToPath } from 'node:url'
import type { AliasOptions } from 'vite'

const PRODUCTION_ENTRY = fileURLToPath(
  new URL('../node_modules/react-router/dist/production/index.mjs', import.meta.url),
)

export function reactRouterProductionAlias(command: 'build' | 'serve', mode: string): AliasOptions {
  return command === 'build' && mode === 'production' ? [{ find: /^react-router$/, replacement: PRODUCTION_ENTRY }] : []
}
