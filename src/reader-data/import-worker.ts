// Parses and validates an import file off the main thread: a 60,000-item file
// takes seconds to check, and the page must stay usable meanwhile.
import { parseImport } from './bookmark-format'

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ReturnType<typeof parseImport> }
  | { type: 'unreadable' }

const post = (message: ImportWorkerMessage) => self.postMessage(message)

self.addEventListener('message', (event: MessageEvent<File>) => {
  event.data.text().then(
    (text) =>
      post({ type: 'done', result: parseImport(text, (done, total) => post({ type: 'progress', done, total })) }),
    () => post({ type: 'unreadable' }),
  )
})
