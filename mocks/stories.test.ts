// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getCorpus, loadGazetteer } from './corpus.ts'
import { createRandom, generateCorpus } from './generate-corpus.ts'
import { groupStories, type GroupableArticle } from './stories.ts'

const SEED = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed)
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

function expectEachArticleOnce(stories: { slugs: string[] }[]) {
  const slugs = stories.flatMap((story) => story.slugs)
  expect(new Set(slugs).size).toBe(slugs.length)
}

describe('story grouping on the corpus', () => {
  const corpus = getCorpus()
  const { stories, storyBySlug } = corpus.stories

  it('puts the seed and the two articles it links to with "Baca juga" in one story', () => {
    const seed = corpus.articleBySlug.get(SEED)!
    const linked = seed.article.body.flatMap((b) => (b.type === 'readAlso' ? [b.slug] : []))
    expect(linked).toHaveLength(2)
    const story = storyBySlug.get(SEED)
    expect(story?.title).toBe('Jalan menuju KTT Alaska')
    for (const slug of linked) expect(storyBySlug.get(slug)).toBe(story)
  })

  it('names the tariff story from the authored titles', () => {
    const story = storyBySlug.get('trump-naikkan-tarif-atas-india-menjadi-50-persen-karena-impor-minyak-rusia')
    expect(story).toMatchObject({ id: 'tarif-as-atas-india', title: 'Tarif AS atas India' })
  })

  it('puts every article in at most one story, each of two or more, oldest first', () => {
    expectEachArticleOnce(stories)
    for (const story of stories) {
      expect(story.slugs.length).toBeGreaterThan(1)
      const times = story.slugs.map((slug) => Date.parse(corpus.articleBySlug.get(slug)!.publishedAt))
      expect([...times].sort((a, b) => a - b)).toEqual(times)
    }
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length)
  })

  it('is stable: the same articles in any order give the same stories', () => {
    const input: GroupableArticle[] = corpus.articles.map((entry) => ({
      ...entry,
      links: entry.article.body.flatMap((b) => (b.type === 'readAlso' ? [b.slug] : [])),
    }))
    const again = groupStories(shuffled(input, 7), loadGazetteer(), [])
    const once = groupStories(input, loadGazetteer(), [])
    expect(again.stories).toEqual(once.stories)
    expect(once.stories.map((s) => s.slugs)).toEqual(stories.map((s) => s.slugs))
  })

  it('serves the story on each of its articles', () => {
    const story = storyBySlug.get(SEED)!
    for (const slug of story.slugs) {
      const { summary, article } = corpus.articleBySlug.get(slug)!
      expect(summary.storyId).toBe(story.id)
      expect(summary.story).toEqual({ id: story.id, title: story.title, size: story.slugs.length })
      expect(article.story?.items?.map((item) => item.slug)).toEqual(story.slugs)
    }
  })
})

describe('story grouping on a synthetic corpus', () => {
  it('groups 10,000 articles, each in at most one story, the same way twice', () => {
    const gazetteer = loadGazetteer()
    const articles = generateCorpus({ size: 10_000, entities: gazetteer })
    const first = groupStories(articles, gazetteer)
    expectEachArticleOnce(first.stories)
    expect(first.stories.length).toBeGreaterThan(0)
    expect(groupStories(shuffled(articles, 3), gazetteer).stories).toEqual(first.stories)
  })
})
