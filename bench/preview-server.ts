// Starts `vite preview` (the production build with its mock API and CSP) on a
// free port for the browser benches; builds first when dist/ is missing.
import { existsSync } from 'node:fs'
import { build, preview, type PreviewServer } from 'vite'

export async function startPreview(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(new URL('../dist/index.html', import.meta.url))) await build({ logLevel: 'warn' })
  const server: PreviewServer = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
