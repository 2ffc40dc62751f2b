import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { previewHost } from './build/preview-host.ts'
import { reactRouterProductionAlias } from './build/react-router-production.ts'
import { serviceWorker } from './build/service-worker.ts'
import { mockApi } from './mocks/vite-plugin.ts'
import { securityHeaders } from './src/app/security-headers.ts'

export default defineConfig(({ command, mode }) => {
  // Where the built app finds its API and the API's photos (README: pointing the app at another API).
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const apiBase = env.VITE_API_BASE_URL
  const headers = securityHeaders({ apiBaseUrl: apiBase, imageOrigin: env.VITE_IMAGE_ORIGIN })
  return {
    plugins: [react(), tailwindcss(), mockApi(), previewHost({ apiBase, headers }), serviceWorker()],
    resolve: { alias: reactRouterProductionAlias(command, mode) },
    server: { port: 5173 },
    preview: {
      port: Number(process.env.PREVIEW_PORT ?? 4173),
      strictPort: true,
    },
    // The manifest tells the preview host which file holds a route's code (build/preview-host.ts). Every
    // browser of the es2022 target knows modulepreload: no polyfill (and no observer of every <link> added).
    build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: { polyfill: false } },
  }
})
