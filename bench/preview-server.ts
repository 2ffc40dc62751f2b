// Starts `vite preview` (the production build with its mock API and CSP) on a
// free port for the browser benches; builds first when dist/ is missing, or
// always with `fresh`. `configFile` serves another app the same way (the floor).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'

type PreviewOptions = { configFile?: string; fresh?: boolean }

export async function startPreview(
  port: number,
  { configFile, fresh = false }: PreviewOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = configFile ? join(configFile, '..') : new URL('..', import.meta.url).pathname
  if (fresh || !existsSync(join(root, 'dist/index.html'))) await build({ configFile, logLevel: 'warn' })
  const server: PreviewServer = await preview({
    configFile,
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
