// Reads and checks an import file without blocking the page: in a module
// worker (allowed by the CSP's default-src 'self'), or, where there are no
// workers (jsdom), on the main thread.
import { MAX_IMPORT_BYTES, parseImport, type ParsedImport } from './bookmark-format'
import type { ImportWorkerMessage } from './import-worker'

export type ImportProgress = { done: number; total: number }
type ReadImport = ParsedImport | { ok: false; reason: 'unreadable' }

export function readImportFile(file: File, onProgress: (progress: ImportProgress) => void): Promise<ReadImport> {
  if (file.size > MAX_IMPORT_BYTES) return Promise.resolve({ ok: false, reason: 'tooLarge' })
  if (typeof Worker === 'undefined') {
    return file.text().then(
      (text) => parseImport(text, (done, total) => onProgress({ done, total })),
      () => ({ ok: false, reason: 'unreadable' }),
    )
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
    const finish = (result: ReadImport) => {
      worker.terminate()
      resolve(result)
    }
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data
      if (message.type === 'progress') onProgress(message)
      else finish(message.type === 'done' ? message.result : { ok: false, reason: 'unreadable' })
    })
    worker.addEventListener('error', () => finish({ ok: false, reason: 'unreadable' }))
    worker.postMessage(file)
  })
}
