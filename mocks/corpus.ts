// Loads the gazetteer and every article file, checks the authoring format
// (docs/corpus-format.md), annotates, and builds the contract's objects.
// Loaded once per process; any authoring mistake fails loudly, naming the file.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../src/api/schemas.ts'
import type { Article, ArticleSummary, Entity, EntityRef, Photo } from '../src/api/schemas'
import { createAnnotator } from './annotator.ts'
import { generateCorpus, vocabularyOf } from './generate-corpus.ts'
import { createQueryEngine, type IndexableArticle, type QueryEngine } from './query-engine.ts'
import { createSearchEngine, type SearchEngine } from './search-engine.ts'
import { groupStories, type Stories, type StoryTitle } from './stories.ts'

// A plain path: under jsdom the global URL is jsdom's, which node:fs does not accept.
const DATA_DIR = fileURLToPath(new globalThis.URL('./data/', import.meta.url).href)

// ---------------------------------------------------------------- authoring format

const Slug = z.string().regex(SLUG_PATTERN, 'not a slug (lowercase words joined by -)').max(SLUG_MAX_LENGTH)
const Text = z.string().trim().min(1, 'must not be empty')

const AuthoredPhoto = z.strictObject({
  src: z.string().regex(/^\/images\/[a-z0-9][a-z0-9-]*\.svg$/, 'must be /images/<name>.svg'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: Text,
  caption: Text,
  credits: z.array(Text).min(1),
})

const AuthoredBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: Text }),
  z.strictObject({ type: z.literal('readAlso'), slug: Slug, title: Text }),
  z.strictObject({ type: z.literal('figure'), photo: AuthoredPhoto }),
])

const AuthoredArticle = z.strictObject({
  slug: Slug,
  title: Text,
  dek: Text,
  publishedAt: z.iso.datetime({ offset: true }),
  section: z.enum(['Internasional', 'Ekonomi', 'Analisis']),
  hero: AuthoredPhoto,
  body: z.array(AuthoredBlock).min(1),
  attribution: z.strictObject({ origin: Text, editor: Text }),
  tags: z.array(Text),
  related: z.array(Slug).max(4),
})
export type AuthoredArticle = z.infer<typeof AuthoredArticle>

const GazetteerPerson = z.strictObject({
  id: Slug,
  type: z.literal('person'),
  name: Text,
  nameEn: Text.optional(),
  role: Text.optional(),
  roleEn: Text.optional(),
  countryId: Slug.optional(),
  aliases: z.array(Text),
})
const GazetteerCountry = z.strictObject({
  id: Slug,
  type: z.literal('country'),
  name: Text,
  nameEn: Text.optional(),
  code: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  aliases: z.array(Text),
})
const Gazetteer = z.strictObject({ people: z.array(GazetteerPerson), countries: z.array(GazetteerCountry) })

const AuthoredStoryTitles = z.strictObject({
  titles: z.array(z.strictObject({ slug: Slug, title: Text })),
})

/** A gazetteer entry: an Entity without its articleCount. */
export type GazetteerEntity = Omit<Entity, 'articleCount'>

function fail(file: string, message: string): never {
  throw new Error(`[corpus] ${file}: ${message}`)
}

function readJson(path: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    fail(file, `cannot read JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function parseOrFail<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value)
  if (!result.success) fail(file, `does not follow the authoring format:\n${z.prettifyError(result.error)}`)
  return result.data
}

/** The gazetteer (people, then countries), checked: unique ids, known countries. */
export function loadGazetteer(): GazetteerEntity[] {
  const file = 'mocks/data/entities.json'
  const { people, countries } = parseOrFail(Gazetteer, readJson(join(DATA_DIR, 'entities.json'), file), file)
  const entities: GazetteerEntity[] = [...people, ...countries]
  const ids = new Set<string>()
  for (const entity of entities) {
    if (ids.has(entity.id)) fail(file, `duplicate entity id '${entity.id}'`)
    ids.add(entity.id)
  }
  for (const person of people) {
    if (person.countryId !== undefined && !countries.some((c) => c.id === person.countryId)) {
      fail(file, `${person.id}: countryId '${person.countryId}' is not a country in the gazetteer`)
    }
  }
  return entities
}

/** Every article file, parsed and checked on its own (cross-article checks are in buildCorpus). */
export function loadAuthoredArticles(): AuthoredArticle[] {
  const dir = join(DATA_DIR, 'articles')
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  return names.map((name) => {
    const file = `mocks/data/articles/${name}`
    const article = parseOrFail(AuthoredArticle, readJson(join(dir, name), file), file)
    if (`${article.slug}.json` !== name) fail(file, `slug '${article.slug}' must equal the file name`)
    return article
  })
}

/** Story titles written by hand (mocks/data/stories.json), each keyed by one article of its story. */
function loadStoryTitles(): StoryTitle[] {
  const file = 'mocks/data/stories.json'
  return parseOrFail(AuthoredStoryTitles, readJson(join(DATA_DIR, 'stories.json'), file), file).titles
}

// ---------------------------------------------------------------- building the contract objects

interface CorpusArticle extends IndexableArticle {
  summary: ArticleSummary
  article: Article
}

export interface Corpus {
  /** Gazetteer order: people, then countries. */
  entities: Entity[]
  entityById: ReadonlyMap<string, Entity>
  /** Newest first, ties by slug. */
  articles: CorpusArticle[]
  articleBySlug: ReadonlyMap<string, CorpusArticle>
  engine: QueryEngine<CorpusArticle>
  stories: Stories
  /** Built on first use: most requests never search. */
  readonly search: SearchEngine<CorpusArticle>
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

/**
 * An article names at most this many articles of its story, those around it: a generated corpus makes
 * stories of thousands (the story page lists them all; `size` says how many).
 */
const STORY_ITEMS = 12

/** From this many articles on, building the search index takes long enough to be logged. */
const LOGGED_SIZE = 10_000

function buildCorpus(
  gazetteer: readonly GazetteerEntity[],
  authored: readonly AuthoredArticle[],
  storyTitles: readonly StoryTitle[] = [],
): Corpus {
  const annotator = createAnnotator(gazetteer)
  const refOf = new Map<string, EntityRef>(gazetteer.map((e) => [e.id, { id: e.id, type: e.type, name: e.name }]))
  const authoredBySlug = new Map<string, AuthoredArticle>()
  for (const a of authored) {
    if (authoredBySlug.has(a.slug)) fail(`mocks/data/articles/${a.slug}.json`, 'duplicate slug')
    authoredBySlug.set(a.slug, a)
  }

  // Cross-article links: every target exists, read-also titles are the target's title exactly.
  for (const a of authored) {
    const file = `mocks/data/articles/${a.slug}.json`
    for (const block of a.body) {
      if (block.type !== 'readAlso') continue
      const target = authoredBySlug.get(block.slug)
      if (!target) fail(file, `readAlso links to '${block.slug}', which is not in the corpus`)
      if (target.title !== block.title) {
        fail(
          file,
          `readAlso title for '${block.slug}' is "${block.title}" but that article's title is "${target.title}"`,
        )
      }
      if (block.slug === a.slug) fail(file, 'readAlso links to the article itself')
    }
    const related = new Set<string>()
    for (const slug of a.related) {
      if (!authoredBySlug.has(slug)) fail(file, `related '${slug}' is not in the corpus`)
      if (slug === a.slug) fail(file, 'related lists the article itself')
      if (related.has(slug)) fail(file, `related lists '${slug}' twice`)
      related.add(slug)
    }
  }

  const built = authored.map((a) => {
    const paragraphs = a.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    const figureCaptions = a.body.flatMap((b) => (b.type === 'figure' ? [b.photo.caption] : []))
    const { entityIds, paragraphMentions } = annotator.annotate({
      title: a.title,
      heroCaption: a.hero.caption,
      paragraphs,
      figureCaptions,
    })
    const summary: ArticleSummary = {
      slug: a.slug,
      title: a.title,
      dek: a.dek,
      publishedAt: a.publishedAt,
      section: a.section,
      hero: { ...a.hero } satisfies Photo,
      entities: entityIds.map((id) => refOf.get(id)!),
      readingMinutes: Math.max(1, Math.ceil(paragraphs.reduce((n, p) => n + countWords(p), 0) / 200)),
    }
    let paragraphIndex = 0
    const body: Article['body'] = a.body.map((block) => {
      if (block.type === 'paragraph') {
        return { type: 'paragraph', text: block.text, mentions: paragraphMentions[paragraphIndex++] ?? [] }
      }
      if (block.type === 'figure') return { type: 'figure', photo: { ...block.photo } }
      return { ...block }
    })
    const article: Article = {
      ...summary,
      body,
      attribution: { ...a.attribution },
      tags: [...a.tags],
      related: [], // filled below, once every summary exists
    }
    const lead = new Set(
      [a.title, a.dek, a.hero.caption].flatMap((text) => annotator.findMentions(text).map((m) => m.entityId)),
    )
    const entry: CorpusArticle = {
      slug: a.slug,
      publishedAt: a.publishedAt,
      title: a.title,
      dek: a.dek,
      paragraphs,
      captions: [a.hero.caption, ...figureCaptions],
      entityIds,
      leadEntityIds: [...lead],
      summary,
      article,
    }
    return entry
  })
  const articleBySlug = new Map(built.map((a) => [a.slug, a]))
  for (const entry of built) {
    const related = authoredBySlug.get(entry.slug)?.related ?? []
    entry.article.related = related.map((slug) => articleBySlug.get(slug)!.summary)
  }

  const stories = groupStories(
    built.map((entry) => ({
      ...entry,
      links: entry.article.body.flatMap((b) => (b.type === 'readAlso' ? [b.slug] : [])),
    })),
    gazetteer,
    storyTitles,
  )
  for (const title of storyTitles) {
    if (!stories.storyBySlug.has(title.slug)) fail('mocks/data/stories.json', `'${title.slug}' is in no story`)
  }
  for (const story of stories.stories) {
    const ref = { id: story.id, title: story.title, size: story.slugs.length }
    const items = story.slugs.map((slug) => {
      const { title, publishedAt } = articleBySlug.get(slug)!.summary
      return { slug, title, publishedAt }
    })
    story.slugs.forEach((slug, index) => {
      const entry = articleBySlug.get(slug)!
      // Summaries are shared by reference with related lists, so they carry the story there too.
      Object.assign(entry.summary, { storyId: story.id, story: ref })
      const first = Math.max(0, Math.min(index - STORY_ITEMS / 2, items.length - STORY_ITEMS))
      Object.assign(entry.article, {
        storyId: story.id,
        story: { ...ref, items: items.slice(first, first + STORY_ITEMS) },
      })
    })
  }

  const engine = createQueryEngine(built, gazetteer)
  const entities: Entity[] = gazetteer.map((e) => ({
    ...e,
    aliases: [...e.aliases],
    articleCount: engine.countFor(e.id),
  }))
  const articles = [...built].sort(
    (x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0),
  )
  let search: SearchEngine<CorpusArticle> | undefined
  return {
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    articles,
    articleBySlug,
    engine,
    stories,
    get search() {
      if (search) return search
      const start = performance.now()
      search = createSearchEngine(engine, gazetteer)
      // Seconds at 100,000 articles: say what the first search was waiting for.
      if (built.length >= LOGGED_SIZE) {
        console.info(
          `[mock api] search index of ${built.length.toLocaleString('en')} articles built in ${seconds(start)}`,
        )
      }
      return search
    },
  }
}

// ---------------------------------------------------------------- which corpus is served

/** What WARTA_CORPUS asks for: the authored articles, or that many generated ones instead. */
type CorpusChoice = { kind: 'authored' } | { kind: 'synthetic'; size: number }

/** Ten times what the benches measure; the server's heap (~0.5 GB at 100,000 with the search index) sets the bound. */
const MAX_SYNTHETIC = 1_000_000

/** Reads WARTA_CORPUS; anything but nothing, `authored` or `synthetic:N` is an error saying what is accepted. */
function corpusChoice(value = process.env.WARTA_CORPUS): CorpusChoice {
  if (value === undefined || value === '' || value === 'authored') return { kind: 'authored' }
  const size = /^synthetic:([1-9]\d*)$/.exec(value)?.[1]
  if (size !== undefined && Number(size) <= MAX_SYNTHETIC) return { kind: 'synthetic', size: Number(size) }
  throw new Error(
    `[corpus] WARTA_CORPUS must be 'authored' (the default) or 'synthetic:N' with N from 1 to ` +
      `${MAX_SYNTHETIC.toLocaleString('en')} (e.g. synthetic:100000); got ${JSON.stringify(value)}`,
  )
}

const SYNTHETIC_SECTIONS = ['Internasional', 'Internasional', 'Ekonomi', 'Analisis'] as const

/**
 * `size` generated articles dressed in the authoring format: the benches' generator, seed and word
 * frequencies (drawn from the authored text), each with an authored article's hero, so every photo
 * exists: one whose caption names the article's first entity where there is one.
 */
function syntheticArticles(
  size: number,
  gazetteer: readonly GazetteerEntity[],
  authored: readonly AuthoredArticle[],
): AuthoredArticle[] {
  const vocabulary = vocabularyOf(
    authored.flatMap((a) => a.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))),
  )
  const heroes = authored.map((a) => a.hero)
  const annotator = createAnnotator(gazetteer)
  const heroesOf = new Map<string, AuthoredArticle['hero'][]>()
  for (const hero of heroes) {
    for (const id of new Set(annotator.findMentions(hero.caption).map((m) => m.entityId))) {
      heroesOf.set(id, [...(heroesOf.get(id) ?? []), hero])
    }
  }
  return generateCorpus({ size, entities: gazetteer, vocabulary }).map((generated, index) => {
    const choices = heroesOf.get(generated.entityIds[0] ?? '') ?? heroes
    return {
      slug: generated.slug,
      title: generated.title,
      dek: generated.dek,
      publishedAt: generated.publishedAt,
      section: SYNTHETIC_SECTIONS[index % SYNTHETIC_SECTIONS.length]!,
      hero: choices[index % choices.length]!,
      body: generated.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
      // Says on the article page that a machine wrote it.
      attribution: { origin: 'Korpus sintetis', editor: 'Warta' },
      tags: [],
      related: [],
    }
  })
}

function loadCorpus(choice: CorpusChoice): Corpus {
  const gazetteer = loadGazetteer()
  const authored = loadAuthoredArticles()
  if (choice.kind === 'authored') return buildCorpus(gazetteer, authored, loadStoryTitles())
  // Only generated articles, as in the benches: mixed in, the authored ones would fall out of their stories.
  return buildCorpus(gazetteer, syntheticArticles(choice.size, gazetteer, authored))
}

let cached: Corpus | undefined

/** The corpus WARTA_CORPUS names (the authored one by default), built on first use and kept for the life of the process. */
export function getCorpus(): Corpus {
  cached ??= loadCorpus(corpusChoice())
  return cached
}

/**
 * For the servers, at start: checks WARTA_CORPUS (a bad value throws before anything listens) and returns
 * the work that builds a generated corpus, to run once the server listens. The search index is left to the
 * first search, as with the authored corpus: it would double the wait, and the feed, filters and entity
 * pages do not need it.
 */
export function prepareCorpus(): () => void {
  const choice = corpusChoice()
  return () => {
    if (choice.kind === 'authored' || cached) return
    const start = performance.now()
    console.info(`[mock api] building ${choice.size.toLocaleString('en')} synthetic articles (WARTA_CORPUS)…`)
    getCorpus()
    console.info(`[mock api] synthetic corpus ready in ${seconds(start)}; the search index builds on the first search`)
  }
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}
