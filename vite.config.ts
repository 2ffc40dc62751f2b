import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { previewHost } from './build/preview-host.ts'
import { serviceWorker } from './build/service-worker.ts'
import { mockApi } from './mocks/vite-plugin.ts'
import { contentSecurityPolicy } from './src/app/security-headers.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), mockApi(), previewHost(), serviceWorker()],
  server: { port: 5173 },
  preview: {
    port: Number(process.env.PREVIEW_PORT ?? 4173),
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
  },
  build: { target: 'es2022', sourcemap: false },
})
