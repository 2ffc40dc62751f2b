// The API contract (README.md, "The API contract") as zod schemas: the client parses every response
// with these, and the mock's contract tests run every endpoint through them.
// zod/mini keeps the client bundle small (bench/budget.ts); the API is the same idea, written as functions.
import * as z from 'zod/mini'

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
  z.object({ type: z.literal('paragraph'), text: z.string(), mentions: z.array(Mention) }),
  z.object({ type: z.literal('readAlso'), slug: Slug, title: z.string() }),
  z.object({ type: z.literal('figure'), photo: Photo }),
])
export type Block = z.infer<typeof Block>

export const ArticleSummary = z.object({
  slug: Slug,
  title: z.string(),
  dek: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  section: z.string(),
  hero: Photo,
  entities: z.array(EntityRef),
  readingMinutes: z.int().check(z.positive()),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

export const Article = z.extend(ArticleSummary, {
  body: z.array(Block),
  attribution: z.object({ origin: z.string(), editor: z.string() }),
  tags: z.array(z.string()),
  related: z.array(ArticleSummary),
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

export const EntityResponse = z.object({
  entity: Entity,
  coMentions: z.array(z.object({ entity: Entity, count: z.int().check(z.positive()) })),
})
export type EntityResponse = z.infer<typeof EntityResponse>

export const ApiErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) })
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

export const MatchMode = z.enum(['all', 'any'])
export type MatchMode = z.infer<typeof MatchMode>
