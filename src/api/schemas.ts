// The API contract (DESIGN.md) as zod schemas: the client parses every response
// with these, and the mock's contract tests run every endpoint through them.
// zod/mini keeps the client bundle small (bench/budget.ts); the API is the same idea, written as functions.
import * as z from 'zod/mini'

/** Only same-origin paths or https URLs: never javascript:, data: or protocol-relative. */
export const SafeUrl = z.string().check(
  z.maxLength(2048),
  z.refine(
    (value) => /^\/(?!\/)[^\s\\]*$/.test(value) || /^https:\/\/[^\s\\]+$/i.test(value),
    'URL must be a same-origin path or https',
  ),
)

const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a slug'), z.maxLength(200))
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
  z.object({ type: z.literal('paragraph'), text: z.string(), mentions: z.array(Mention) }),
  z.object({ type: z.literal('readAlso'), slug: Slug, title: z.string() }),
  z.object({ type: z.literal('figure'), photo: Photo }),
])
export type Block = z.infer<typeof Block>

/** The story an article belongs to, as a list shows it: its name, and its size to judge whether to show it. */
export const StoryRef = z.object({ id: Slug, title: z.string(), size: z.int().check(z.positive()) })
export type StoryRef = z.infer<typeof StoryRef>

export const StoryItem = z.object({ slug: Slug, title: z.string(), publishedAt: z.iso.datetime({ offset: true }) })
export type StoryItem = z.infer<typeof StoryItem>

export const ArticleSummary = z.object({
  slug: Slug,
  title: z.string(),
  dek: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  section: z.string(),
  hero: Photo,
  entities: z.array(EntityRef),
  readingMinutes: z.int().check(z.positive()),
  storyId: z.optional(Slug),
  story: z.optional(StoryRef),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

export const Article = z.extend(ArticleSummary, {
  body: z.array(Block),
  attribution: z.object({ origin: z.string(), editor: z.string() }),
  tags: z.array(z.string()),
  related: z.array(ArticleSummary),
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

export const Facet = z.object({ entityId: EntityId, count: z.int().check(z.nonnegative()) })
export type Facet = z.infer<typeof Facet>

export const ArticleListResponse = z.object({
  items: z.array(ArticleSummary),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.nonnegative()),
  facets: z.array(Facet),
})
export type ArticleListResponse = z.infer<typeof ArticleListResponse>

export const ArticleResponse = z.object({ article: Article })
export type ArticleResponse = z.infer<typeof ArticleResponse>

export const EntityListResponse = z.object({ items: z.array(Entity) })
export type EntityListResponse = z.infer<typeof EntityListResponse>

/** A WIB calendar day. */
export const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date'))

export const DayCount = z.object({ date: IsoDay, count: z.int().check(z.nonnegative()) })
export type DayCount = z.infer<typeof DayCount>

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
