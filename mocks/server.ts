// `npm run api`: the mock API on its own port, like any real backend.
import { createServer } from 'node:http'
import { prepareCorpus } from './corpus.ts'
import { answerApiRequest } from './http-bridge.ts'

const port = Number(process.env.PORT ?? 8787)
let buildCorpus: () => void
try {
  buildCorpus = prepareCorpus()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
const server = createServer((req, res) => {
  answerApiRequest(req, res, `http://localhost:${port}`).catch((error: unknown) => {
    // Only writing the answer can fail here (the client went away): log, and close.
    console.error('[mock api]', error)
    res.destroy()
  })
})
server.listen(port, () => {
  console.log(`Warta mock API: http://localhost:${port}/api/articles`)
  setImmediate(buildCorpus)
})
