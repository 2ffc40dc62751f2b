import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { previewHost } from './build/preview-host.ts'
import { serviceWorker } from './build/service-worker.ts'
import { mockApi } from './mocks/vite-plugin.ts'
import { contentSecurityPolicy } from './src/app/security-headers.ts'

export default defineConfig(({ mode }) => {
  // Where the built app finds its API (README: pointing the app at another API).
  const apiBase = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL
  return {
    plugins: [react(), tailwindcss(), mockApi(), previewHost(apiBase), serviceWorker()],
    server: { port: 5173 },
    preview: {
      port: Number(process.env.PREVIEW_PORT ?? 4173),
      strictPort: true,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(apiBase) },
    },
    build: { target: 'es2022', sourcemap: false },
  }
})
