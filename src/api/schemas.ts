// The API contract (README.md, "The API contract") as zod schemas: the client parses every response
// with these, and the mock's contract tests run every endpoint through them.
// zod/mini keeps the client bundle small (bench/budget.ts); the API is the same idea, written as functions.
import * as z from 'zod/mini'

/**
 * How much the client takes, far above anything real (the corpus's longest
 * title has 87 characters, its longest paragraph 519, its longest body 14
 * blocks) and far below what freezes a page. Past a limit the response is
 * refused with an error that names it, or the one item is dropped.
 */
export const LIMITS = {
  title: 300,
  dek: 1_000,
  paragraph: 20_000,
  blocks: 500,
  related: 50,
  entities: 100,
  pageItems: 100,
} as const

const text = (max: number, what: string) =>
  z.string().check(z.maxLength(max, `${what} is longer than ${max} characters`))
/** An array of at most `max` items; the client's lenient parsers use it with `z.unknown()` items. */
export const boundedList = <T extends z.ZodMiniType>(item: T, max: number, what: string) =>
  z.array(item).check(z.maxLength(max, `more than ${max} ${what}`))

/** Only same-origin paths or https URLs: never javascript:, data: or protocol-relative. */
const SafeUrl = z.string().check(
  z.maxLength(2048),
  z.refine(
    (value) => /^\/(?!\/)[^\s\\]*$/.test(value) || /^https:\/\/[^\s\\]+$/i.test(value),
    'URL must be a same-origin path or https',
  ),
)

/** Article slugs and entity ids: lowercase words joined by single hyphens. The one copy of the pattern. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 200
const Slug = z.string().check(z.regex(SLUG_PATTERN, 'not a slug'), z.maxLength(SLUG_MAX_LENGTH))
const EntityId = Slug

export const EntityType = z.enum(['person', 'country'])
export type EntityType = z.infer<typeof EntityType>

export const Photo = z.object({
  src: SafeUrl,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  alt: z.string(),
  caption: z.string(),
  credits: z.array(z.string()),
})
export type Photo = z.infer<typeof Photo>

export const EntityRef = z.object({ id: EntityId, type: EntityType, name: z.string() })
export type EntityRef = z.infer<typeof EntityRef>

export const Mention = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  entityId: EntityId,
})
export type Mention = z.infer<typeof Mention>

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: text(LIMITS.paragraph, 'a paragraph'), mentions: z.array(Mention) }),
  z.object({ type: z.literal('readAlso'), slug: Slug, title: z.string() }),
  z.object({ type: z.literal('figure'), photo: Photo }),
])
export type Block = z.infer<typeof Block>

/** The story an article belongs to, as a list shows it: its name, and its size to judge whether to show it. */
const StoryRef = z.object({ id: Slug, title: z.string(), size: z.int().check(z.positive()) })

const StoryItem = z.object({ slug: Slug, title: z.string(), publishedAt: z.iso.datetime({ offset: true }) })

export const ArticleSummary = z.object({
  slug: Slug,
  title: text(LIMITS.title, 'the title'),
  dek: text(LIMITS.dek, 'the dek'),
  publishedAt: z.iso.datetime({ offset: true }),
  section: z.string(),
  hero: Photo,
  entities: boundedList(EntityRef, LIMITS.entities, 'entities'),
  readingMinutes: z.int().check(z.positive()),
  storyId: z.optional(Slug),
  story: z.optional(StoryRef),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

export const Article = z.extend(ArticleSummary, {
  body: boundedList(Block, LIMITS.blocks, 'blocks'),
  attribution: z.object({ origin: z.string(), editor: z.string() }),
  tags: z.array(z.string()),
  related: boundedList(ArticleSummary, LIMITS.related, 'related articles'),
  /**
   * The story with its articles, oldest first. `items` is optional only so that a summary spread into an
   * Article type-checks (a summary's story has none); the article endpoint always sends it.
   */
  story: z.optional(z.extend(StoryRef, { items: z.optional(z.array(StoryItem)) })),
})
export type Article = z.infer<typeof Article>

export const Entity = z.object({
  id: EntityId,
  type: EntityType,
  /** Indonesian name, as the corpus writes it. */
  name: z.string(),
  /** English name; beyond the brief's contract, optional so another backend may omit it. */
  nameEn: z.optional(z.string()),
  role: z.optional(z.string()),
  /** English role; optional like nameEn. */
  roleEn: z.optional(z.string()),
  countryId: z.optional(EntityId),
  /** ISO 3166-1 alpha-2 code of a country, for its flag; optional. */
  code: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  aliases: z.array(z.string()),
  articleCount: z.int().check(z.nonnegative()),
})
export type Entity = z.infer<typeof Entity>

const Facet = z.object({ entityId: EntityId, count: z.int().check(z.nonnegative()) })

/** How a searched list is ordered: by relevance (the default with q) or newest first (the default without). */
export const ArticleSort = z.enum(['relevance', 'newest'])
export type ArticleSort = z.infer<typeof ArticleSort>

/** A half-open range [start, end) of UTF-16 offsets into a snippet. */
export const Highlight = z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) })
export type Highlight = z.infer<typeof Highlight>

/** Where a searched article matched best: a snippet of that field and the matched words in it. */
export const SearchMatch = z.object({
  field: z.enum(['title', 'dek', 'caption', 'body']),
  snippet: text(LIMITS.dek, 'a snippet'),
  highlights: boundedList(Highlight, LIMITS.dek, 'highlights'),
})
export type SearchMatch = z.infer<typeof SearchMatch>

/** An item of a list: a summary, and with q, where it matched. */
export const ArticleListItem = z.extend(ArticleSummary, { match: z.optional(SearchMatch) })
export type ArticleListItem = z.infer<typeof ArticleListItem>

/** A WIB calendar day. */
const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date'))

export const DayCount = z.object({ date: IsoDay, count: z.int().check(z.nonnegative()) })
export type DayCount = z.infer<typeof DayCount>

export const ArticleListResponse = z.object({
  items: boundedList(ArticleListItem, LIMITS.pageItems, 'items in a page'),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.nonnegative()),
  facets: z.array(Facet),
  /** With q, when few or no articles match: the query as the API would spell it ("Zelensky" for "Zelenski"). */
  suggestion: z.optional(z.string()),
})
export type ArticleListResponse = z.infer<typeof ArticleListResponse>

export const ArticleResponse = z.object({ article: Article })
export type ArticleResponse = z.infer<typeof ArticleResponse>

export const EntityListResponse = z.object({ items: z.array(Entity) })
export type EntityListResponse = z.infer<typeof EntityListResponse>

export const EntityResponse = z.object({
  entity: Entity,
  coMentions: z.array(z.object({ entity: Entity, count: z.int().check(z.positive()) })),
  /** Articles per WIB day, first to last day, zeros included; optional so another backend may omit it. */
  timeline: z.optional(z.array(DayCount)),
})
export type EntityResponse = z.infer<typeof EntityResponse>

export const StoryResponse = z.object({
  story: z.object({ id: Slug, title: z.string(), articles: z.array(ArticleSummary) }),
})
export type StoryResponse = z.infer<typeof StoryResponse>

export const ApiErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) })
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

export const MatchMode = z.enum(['all', 'any'])
export type MatchMode = z.infer<typeof MatchMode>

/** GET /api/suggest: leaders and countries by name or alias, and article titles, for what is being typed. */
export const SuggestResponse = z.object({
  entities: z.array(EntityRef),
  articles: z.array(z.object({ slug: Slug, title: z.string() })),
})
export type SuggestResponse = z.infer<typeof SuggestResponse>

/** GET /api/counts takes at most this many entities (a reader's follows). */
export const MAX_COUNT_ENTITIES = 500

/** GET /api/counts: per entity, the articles published after `since` (a followed list's new counts). */
export const CountsResponse = z.object({
  since: z.string(),
  /** Articles that mention any of the entities (each counted once). */
  total: z.int().check(z.nonnegative()),
  counts: z.array(z.object({ entityId: z.string(), count: z.int().check(z.nonnegative()) })),
})
export type CountsResponse = z.infer<typeof CountsResponse>
