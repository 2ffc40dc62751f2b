// Stories: articles grouped by the event they follow (docs/decisions/017-story-grouping.md).
//
// Single-pass incremental clustering, as in topic detection and tracking:
// articles are visited oldest first (ties by slug). Each article is described by
// features: the people it mentions (weight 2), its countries (weight 1) and the
// content words of its title (weight 2), each scaled by its rarity in the corpus
// (inverse document frequency: "Trump" says little, "Lukashenko" much). It joins
// the open story it resembles most, scored as the weighted share of its features
// that the story's articles already carry (each feature counted by the fraction
// of the story's articles that have it), plus LINK_BONUS when the story holds an
// article it links to with "Baca juga", when that reaches JOIN_SCORE; otherwise
// it opens a story.
// A story stays open for OPEN_DAYS after its latest article. To stay fast at
// 100k articles, each feature remembers only its CANDIDATES_PER_FEATURE most
// recently joined stories, so an article is scored against a bounded few.
// Stories of one article are dropped: every article is in at most one story.
// Same input, same output: no randomness, no dependence on input order.
import { foldText } from '../src/lib/search-text/tokenize.ts'
import type { IndexableArticle, IndexableEntity } from './query-engine.ts'

const JOIN_SCORE = 0.3
const OPEN_DAYS = 4
/** Added to the score of a story holding an article this one links to ("Baca juga"): an editor's word that they belong together. */
const LINK_BONUS = 0.15
const CANDIDATES_PER_FEATURE = 4
const DAY_MS = 86_400_000

const PERSON_WEIGHT = 2
const COUNTRY_WEIGHT = 1
const TERM_WEIGHT = 2

// Title words that say nothing about the event.
const STOPWORDS = new Set(
  (
    'dan di ke dari yang untuk atas dengan dalam pada oleh jadi akan tak tidak bisa sudah usai jelang ' +
    'sebagai karena meski antara bagi apa ini itu ada sampai kepada para seluruh mereka menjadi hingga ' +
    'sebut siap mulai beri bukan sela temui analisis'
  ).split(' '),
)

export interface StoryTitle {
  /** An article of the story (any one); the first entry whose article is in a story names it. */
  slug: string
  title: string
}

interface Story {
  /** A slug made from the title, unique (a suffix -2, -3… in the order stories begin). */
  id: string
  title: string
  /** Oldest first, ties by slug. */
  slugs: string[]
}

export interface Stories {
  /** In the order they begin. */
  stories: Story[]
  storyBySlug: ReadonlyMap<string, Story>
  storyById: ReadonlyMap<string, Story>
}

/** Content words of a title: folded, at least three letters, not a stopword. */
function titleTerms(title: string): string[] {
  const words = foldText(title).match(/[a-z0-9]+/g) ?? []
  return [...new Set(words.filter((word) => word.length >= 3 && !STOPWORDS.has(word)))]
}

interface Building {
  index: number
  articles: GroupableArticle[]
  slugs: Set<string>
  /** feature → number of the story's articles that have it */
  counts: Map<number, number>
  lastTime: number
}

/** An article to group; `links` are the slugs of its "Baca juga" blocks. */
export type GroupableArticle = IndexableArticle & { links?: readonly string[] }

export function groupStories(
  articles: readonly GroupableArticle[],
  entities: readonly (IndexableEntity & { name: string })[],
  titles: readonly StoryTitle[] = [],
): Stories {
  const entityById = new Map(entities.map((e) => [e.id, e]))
  const ordered = articles
    .map((article) => ({ article, time: Date.parse(article.publishedAt) }))
    .sort((x, y) => x.time - y.time || (x.article.slug < y.article.slug ? -1 : x.article.slug > y.article.slug ? 1 : 0))

  // Features are interned to numbers: the loop below runs 100k times at bench size.
  const featureIds = new Map<string, number>()
  const baseWeights: number[] = []
  const df: number[] = []
  const intern = (key: string, weight: number) => {
    let id = featureIds.get(key)
    if (id === undefined) {
      id = baseWeights.length
      featureIds.set(key, id)
      baseWeights.push(weight)
      df.push(0)
    }
    return id
  }
  const termsOfTitle = new Map<string, string[]>()
  const described = ordered.map(({ article, time }) => {
    const ids = new Set<number>()
    for (const id of article.entityIds) {
      ids.add(intern(`e:${id}`, entityById.get(id)?.type === 'country' ? COUNTRY_WEIGHT : PERSON_WEIGHT))
    }
    let terms = termsOfTitle.get(article.title)
    if (!terms) termsOfTitle.set(article.title, (terms = titleTerms(article.title)))
    for (const term of terms) ids.add(intern(`t:${term}`, TERM_WEIGHT))
    const features = [...ids]
    for (const f of features) df[f]! += 1
    return { article, time, features }
  })
  // Rarer features say more: each weight is scaled by log(1 + N / articles with the feature).
  const weights = baseWeights.map((weight, f) => weight * Math.log(1 + ordered.length / df[f]!))

  const building: Building[] = []
  // feature → the stories that last took an article with it, most recent last
  const recent: Building[][] = baseWeights.map(() => [])

  for (const { article, time, features } of described) {
    let total = 0
    for (const f of features) total += weights[f]!

    let best: Building | undefined
    let bestScore = 0
    const seen = new Set<Building>()
    for (const feature of features) {
      for (const story of recent[feature]!) {
        if (seen.has(story)) continue
        seen.add(story)
        if (time - story.lastTime > OPEN_DAYS * DAY_MS) continue
        let shared = 0
        for (const f of features) shared += weights[f]! * (story.counts.get(f) ?? 0)
        const linked = article.links?.some((slug) => story.slugs.has(slug)) ? LINK_BONUS : 0
        const score = (total === 0 ? 0 : shared / story.articles.length / total) + linked
        // Ties go to the story that began first: a stable choice.
        if (score > bestScore || (score === bestScore && best !== undefined && story.index < best.index)) {
          best = story
          bestScore = score
        }
      }
    }
    const story: Building =
      best && bestScore >= JOIN_SCORE
        ? best
        : { index: building.length, articles: [], slugs: new Set(), counts: new Map(), lastTime: 0 }
    if (story.articles.length === 0) building.push(story)
    story.articles.push(article)
    story.slugs.add(article.slug)
    story.lastTime = time
    for (const feature of features) {
      story.counts.set(feature, (story.counts.get(feature) ?? 0) + 1)
      const list = recent[feature]!
      const at = list.indexOf(story)
      if (at >= 0) list.splice(at, 1)
      list.push(story)
      if (list.length > CANDIDATES_PER_FEATURE) list.shift()
    }
  }

  const grouped = building.filter((story) => story.articles.length > 1)
  const authored = new Map<Building, string>()
  const storyOfSlug = new Map<string, Building>()
  for (const story of grouped) for (const a of story.articles) storyOfSlug.set(a.slug, story)
  for (const { slug, title } of titles) {
    const story = storyOfSlug.get(slug)
    if (story && !authored.has(story)) authored.set(story, title)
  }

  const usedIds = new Map<string, number>()
  const stories: Story[] = grouped.map((story) => {
    const title = authored.get(story) ?? deriveTitle(story, entityById, featureIds)
    const base = slugify(title) || 'cerita'
    const n = (usedIds.get(base) ?? 0) + 1
    usedIds.set(base, n)
    return { id: n === 1 ? base : `${base}-${n}`, title, slugs: story.articles.map((a) => a.slug) }
  })
  const storyBySlug = new Map<string, Story>()
  for (const story of stories) for (const slug of story.slugs) storyBySlug.set(slug, story)
  return { stories, storyBySlug, storyById: new Map(stories.map((story) => [story.id, story])) }
}

/** "Vladimir Putin: tarif impor": the story's most frequent person (else country) and its two most frequent title terms. */
function deriveTitle(
  story: Building,
  entityById: ReadonlyMap<string, { name: string; type: string }>,
  featureIds: ReadonlyMap<string, number>,
): string {
  const counted = [...featureIds].flatMap(([key, f]) => {
    const count = story.counts.get(f)
    return count ? [[key, count] as const] : []
  })
  const top = (prefix: string, accept: (key: string) => boolean, n: number) =>
    counted
      .filter(([key]) => key.startsWith(prefix) && accept(key))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([key]) => key.slice(prefix.length))
  const [person] = top('e:', (key) => entityById.get(key.slice(2))?.type === 'person', 1)
  const [country] = top('e:', () => true, 1)
  const lead = entityById.get(person ?? country ?? '')?.name
  const names = new Set(lead ? titleTerms(lead) : [])
  const terms = top('t:', (key) => !names.has(key.slice(2)), 2).join(' ')
  return lead ? (terms ? `${lead}: ${terms}` : lead) : terms
}

function slugify(text: string): string {
  return (foldText(text).match(/[a-z0-9]+/g) ?? []).join('-').slice(0, 80).replace(/-+$/, '')
}
