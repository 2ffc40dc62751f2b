// @vitest-environment node
// WARTA_CORPUS picks the corpus the mock serves: the authored one, or N generated articles.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { getCorpus, loadGazetteer, prepareCorpus } from './corpus'
import { generateCorpus } from './generate-corpus'

const PUBLIC = fileURLToPath(new globalThis.URL('../public', import.meta.url).href)
const SIZE = 2000
const before = process.env.WARTA_CORPUS

function prepareWith(value: string | undefined) {
  if (value === undefined) delete process.env.WARTA_CORPUS
  else process.env.WARTA_CORPUS = value
  return prepareCorpus
}

afterAll(() => {
  prepareWith(before)
})

describe('WARTA_CORPUS', () => {
  it.each([
    'synthetic',
    'synthetic:',
    'synthetic:0',
    'synthetic:012',
    'synthetic:1e5',
    'synthetic:2000000',
    'Authored',
    'x',
  ])('refuses %j at start, saying what it takes', (value) => {
    expect(prepareWith(value)).toThrow(/WARTA_CORPUS must be 'authored' \(the default\) or 'synthetic:N'/)
  })

  it.each([undefined, '', 'authored', 'synthetic:1', 'synthetic:100000'])('takes %j', (value) => {
    expect(prepareWith(value)).not.toThrow()
  })
})

describe(`WARTA_CORPUS=synthetic:${SIZE}`, () => {
  beforeAll(() => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined)
    prepareWith(`synthetic:${SIZE}`)()()
  })

  it("serves the benches' generated articles, and only them", () => {
    const generated = generateCorpus({ size: SIZE, entities: loadGazetteer() }).map((a) => a.slug)
    expect(
      getCorpus()
        .articles.map((a) => a.slug)
        .sort(),
    ).toEqual(generated.sort())
    expect(getCorpus().articleBySlug.has('putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump')).toBe(false)
  })

  it('shows photos that exist, of the first entity where one does', () => {
    const { articles } = getCorpus()
    for (const { summary } of articles) expect(existsSync(`${PUBLIC}${summary.hero.src}`), summary.hero.src).toBe(true)
    const named = articles.filter(({ summary }) => summary.hero.caption.includes(summary.entities[0]?.name ?? '\0'))
    expect(named.length / articles.length).toBeGreaterThan(0.5)
  })

  it('names at most 12 articles of a large story, around the article', () => {
    const inLarge = getCorpus().articles.filter(({ article }) => (article.story?.size ?? 0) > 12)
    expect(inLarge.length).toBeGreaterThan(0)
    for (const { slug, article } of inLarge) {
      expect(article.story?.items).toHaveLength(12)
      expect(article.story?.items?.map((item) => item.slug)).toContain(slug)
    }
  })
})
