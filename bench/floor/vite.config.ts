// The floor app (bench/floor/main.tsx), built and served exactly as Warta is:
// the same React plugin and build target, the same mock API, photos and
// preview host (gzip, cache headers, the feed's preload, the security headers).
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { previewHost } from '../../build/preview-host.ts'
import { reactRouterProductionAlias } from '../../build/react-router-production.ts'
import { mockApi } from '../../mocks/vite-plugin.ts'
import { securityHeaders } from '../../src/app/security-headers.ts'

export default defineConfig(({ command, mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  plugins: [react(), mockApi(), previewHost({ headers: securityHeaders() })],
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false }, outDir: 'dist', emptyOutDir: true },
  resolve: { alias: reactRouterProductionAlias(command, mode) },
  logLevel: 'warn',
}))
