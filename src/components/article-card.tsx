import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { articleQueries } from '../api/articles'
import type { ArticleSummary } from '../api/schemas'
import { formatDate, formatPublished, formatReadingTime } from '../lib/format'
import { CONTENT_LANGUAGE, useLanguage, useMessages } from '../lib/i18n'
import { STORY_LINK_MIN_SIZE, storyHref } from '../lib/story-link'
import { storyMessages } from '../lib/story-messages'
import { BookmarkButton } from './bookmark-button'
import { EntityChips } from './entity-chips'

type ArticleCardProps = {
  article: ArticleSummary
  eager?: boolean
  headingLevel?: 2 | 3
  /** Off on the story's own page, where the link would lead back to it. */
  showStory?: boolean
}

/** One article in a list: photo, headline link, lead, date, reading time, entities. */
export function ArticleCard({ article, eager = false, headingLevel = 2, showStory = true }: ArticleCardProps) {
  const language = useLanguage()
  const stories = useMessages(storyMessages)
  const queryClient = useQueryClient()
  const prefetch = () => void queryClient.prefetchQuery(articleQueries.detail(article.slug))
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card group relative flex flex-col gap-3 p-3 sm:flex-row sm:gap-5" data-slug={article.slug}>
      <img
        src={article.hero.src}
        width={article.hero.width}
        height={article.hero.height}
        alt={article.hero.alt}
        loading={eager ? 'eager' : 'lazy'}
        fetchPriority={eager ? 'high' : 'auto'}
        decoding="async"
        className="aspect-video w-full self-start rounded-lg bg-muted object-cover sm:w-60 sm:shrink-0"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <Heading lang={CONTENT_LANGUAGE} className="font-serif text-lg leading-snug font-bold text-balance sm:text-xl">
          <Link to={`/articles/${article.slug}`} className="card-link" onPointerEnter={prefetch} onFocus={prefetch}>
            {article.title}
          </Link>
        </Heading>
        <p lang={CONTENT_LANGUAGE} className="line-clamp-3 text-ink-soft">
          {article.dek}
        </p>
        <p className="text-sm text-ink-soft">
          <time dateTime={article.publishedAt} title={formatDate(article.publishedAt, language)}>
            {formatPublished(article.publishedAt, language)}
          </time>
          <span aria-hidden="true"> · </span>
          {formatReadingTime(article.readingMinutes, language)}
        </p>
        {showStory && article.story && article.story.size >= STORY_LINK_MIN_SIZE && (
          <p className="relative z-10 text-sm">
            <Link
              to={storyHref(article.story.id)}
              className="inline-flex min-h-6 items-center font-semibold text-brand underline-offset-4 hover:underline"
            >
              {stories.cardStoryLink(article.story.title)}
            </Link>
          </p>
        )}
        <div className="relative z-10 flex flex-wrap items-center justify-between gap-2">
          <EntityChips entities={article.entities} max={4} />
          <BookmarkButton article={article} size="small" className="ml-auto" />
        </div>
      </div>
    </article>
  )
}
