// Size budget of the production build: the JavaScript and CSS the home page
// loads on its first visit (index.html's entry script, its static imports and
// modulepreloads, and its stylesheets), gzip-compressed. Fails over budget.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

// JS: 140 KB after the virtualizer left the first screen (decision 023), with room for small first-screen additions.
export const BUDGET = { js: 144 * 1024, css: 12 * 1024 }

const dist = new URL('../dist/', import.meta.url).pathname

function gzipSize(file: string, root = dist): number {
  return gzipSync(readFileSync(join(root, file)), { level: 9 }).length
}

/** Every file index.html pulls in before anything else is asked for, with its static imports. */
function firstVisitFiles(root = dist): { js: string[]; css: string[] } {
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!)
  const js = new Set<string>()
  const css = new Set<string>()
  const queue = [...refs]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (file.endsWith('.css')) {
      css.add(file)
      continue
    }
    if (js.has(file)) continue
    js.add(file)
    // Static imports only: `import{...}from"./x.js"` or `import"./x.js"`; dynamic import() is lazy.
    const source = readFileSync(join(root, file), 'utf8')
    for (const match of source.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(join(file, '..', match[1]!))
    }
  }
  return { js: [...js], css: [...css] }
}

/** The gzip bytes of the first visit's JavaScript of a build (Warta's dist/ unless told). */
export function firstVisitJs(root = dist): number {
  return firstVisitFiles(root).js.reduce((sum, file) => sum + gzipSize(file, root), 0)
}

export function checkBudget(): boolean {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No dist/index.html: run `npm run build` first.')
  const files = firstVisitFiles()
  const js = files.js.reduce((sum, file) => sum + gzipSize(file), 0)
  const css = files.css.reduce((sum, file) => sum + gzipSize(file), 0)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const jsOk = js <= BUDGET.js
  const cssOk = css <= BUDGET.css
  console.log('\nFirst-visit size of the home page (gzip)')
  console.log(
    `  JS   ${kb(js).padStart(9)}  budget ${kb(BUDGET.js)}  ${jsOk ? 'PASS' : 'FAIL'}  (${files.js.length} files)`,
  )
  console.log(
    `  CSS  ${kb(css).padStart(9)}  budget ${kb(BUDGET.css)}  ${cssOk ? 'PASS' : 'FAIL'}  (${files.css.length} files)`,
  )
  return jsOk && cssOk
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(checkBudget() ? 0 : 1)
}

export const name = 'Size budget of the production build'
export async function run(): Promise<boolean> {
  if (!existsSync(join(dist, 'index.html'))) {
    const { build } = await import('vite')
    await build({ logLevel: 'warn' })
  }
  return checkBudget()
}
