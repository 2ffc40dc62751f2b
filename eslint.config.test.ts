// @vitest-environment node
// The architecture rules of eslint.config.js, proven on fixture sources linted
// with the real config: each rule fires on the import it forbids, and a legal
// import passes. Fixture paths need not exist; the files they import do.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: import.meta.dirname })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

describe('layer boundaries', () => {
  it.each([
    [
      'a feature imports another feature',
      'src/features/feed/probe.ts',
      "export { articleMessages } from '../article/messages'",
      /another feature \(article\)/,
    ],
    [
      '…through ./../',
      'src/features/feed/probe.ts',
      "import { articleMessages } from './../article/messages'\nexport const x = articleMessages",
      /another feature \(article\)/,
    ],
    [
      '…from a nested folder, with a dynamic import()',
      'src/features/feed/parts/deep/probe.ts',
      "export const load = () => import('../../../article/article-route')",
      /another feature \(article\)/,
    ],
    [
      'a feature imports the app',
      'src/features/feed/probe.ts',
      "import { Layout } from '../../app/layout'\nexport const x = Layout",
      /feature may not import app/,
    ],
    [
      'lib imports components',
      'src/lib/probe.ts',
      "import { ErrorState } from '../components/error-state'\nexport const x = ErrorState",
      /lib may not import components/,
    ],
    [
      'lib imports a feature',
      'src/lib/probe.ts',
      "import { feedMessages } from '../features/feed/messages'\nexport const x = feedMessages",
      /lib may not import feature/,
    ],
    [
      'components import a feature',
      'src/components/probe.ts',
      "import { feedMessages } from '../features/feed/messages'\nexport const x = feedMessages",
      /components may not import feature/,
    ],
    [
      'components import the app',
      'src/components/probe.ts',
      "import { Layout } from '../app/layout'\nexport const x = Layout",
      /components may not import app/,
    ],
    [
      'api imports lib',
      'src/api/probe.ts',
      "import { formatNumber } from '../lib/format'\nexport const x = formatNumber",
      /api may not import lib/,
    ],
    [
      'reader-data imports lib',
      'src/reader-data/probe.ts',
      "import { formatNumber } from '../lib/format'\nexport const x = formatNumber",
      /reader-data may not import lib/,
    ],
    [
      'src imports mocks',
      'src/main.tsx',
      "import { handlers } from '../mocks/handlers'\nexport const x = handlers",
      /no-restricted-imports: .*API contract/,
    ],
    [
      'src imports msw',
      'src/app/probe.ts',
      "import { http } from 'msw'\nexport const x = http",
      /no-restricted-imports: .*API contract/,
    ],
    [
      'a feature sorts with localeCompare',
      'src/features/feed/probe.ts',
      "export const x = ['b', 'a'].sort((a, b) => a.localeCompare(b))",
      /no-restricted-syntax: .*src\/lib\/compare\.ts/,
    ],
    [
      'lib makes an Intl object',
      'src/lib/probe.ts',
      "export const x = new Intl.NumberFormat('id-ID').format(1)",
      /no-restricted-syntax: .*decision 024/,
    ],
    [
      'src imports classic zod',
      'src/api/probe.ts',
      "import * as z from 'zod'\nexport const x = z",
      /no-restricted-imports: .*zod\/mini/,
    ],
  ])('%s: an error', async (_name, filePath, code, expected) => {
    expect(await problems(filePath, code)).toEqual([expect.stringMatching(expected)])
  })

  it.each([
    [
      'a feature imports its own folder, shared code and the api',
      'src/features/feed/probe.ts',
      "import { feedMessages } from './messages'\nimport { ErrorState } from '../../components/error-state'\nimport { formatNumber } from '../../lib/format'\nimport { articleQueries } from '../../api/articles'\nexport const x = [feedMessages, ErrorState, formatNumber, articleQueries]",
    ],
    [
      'the app imports a feature',
      'src/app/probe.ts',
      "export const load = () => import('../features/article/article-route')",
    ],
    [
      'components import lib',
      'src/components/probe.ts',
      "import { formatNumber } from '../lib/format'\nexport const x = formatNumber",
    ],
    [
      'lib imports the api',
      'src/lib/probe.ts',
      "import { articleQueries } from '../api/articles'\nexport const x = articleQueries",
    ],
    ['the app imports zod/mini', 'src/app/probe.ts', "import * as z from 'zod/mini'\nexport const x = z"],
  ])('%s: no error', async (_name, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([])
  })
})

describe('text, never HTML', () => {
  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const X = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />',
    ],
    ['innerHTML', 'export const put = (node: HTMLElement, html: string) => { node.innerHTML = html }'],
  ])('%s: an error', async (_name, code) => {
    expect(await problems('src/components/probe.tsx', code)).toEqual([expect.stringMatching(/Render text, never HTML/)])
  })
})
