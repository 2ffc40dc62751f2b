import { useQueryClient } from '@tanstack/react-query'
import { memo, useId } from 'react'
import type { ArticleListItem } from '../api/schemas'
import { formatDate, formatPublished, formatReadingTime } from '../lib/format'
import { CONTENT_LANGUAGE, useLanguage, useMessages } from '../lib/i18n'
import { links, STORY_LINK_MIN_SIZE } from '../lib/links'
import { sharedMessages } from '../lib/messages'
import { storyMessages } from '../lib/story-messages'
import { useIsRead } from '../reader-data/reader-data'
import { BookmarkButton } from './bookmark-button'
import { EntityChips } from './entity-chips'
import { HighlightedText } from './highlighted-text'
import { PlainLink } from './plain-link'
import { prefetchArticle } from './prefetch-article'

/** A list item; from a search it carries where it matched (a snippet, and the matched words as offsets into it). */
type ArticleCardProps = {
  article: ArticleListItem
  eager?: boolean
  headingLevel?: 2 | 3
  /** Off on the story's own page, where the link would lead back to it. */
  showStory?: boolean
  /** Published after the reader's previous visit to this list: marked "Baru", in text. */
  isNew?: boolean
  /** The leaders and countries the list is about: their chips come first. */
  chipsFirst?: readonly string[]
}

/**
 * One article in a list: photo, headline link, lead (or a search's snippet), date, reading time, entities, story.
 * Memo: a windowed list renders again on every layout change, and its cards then stay as they are.
 */
export const ArticleCard = memo(function ArticleCard({
  article,
  eager = false,
  headingLevel = 2,
  showStory = true,
  isNew = false,
  chipsFirst,
}: ArticleCardProps) {
  const language = useLanguage()
  const shared = useMessages(sharedMessages)
  const stories = useMessages(storyMessages)
  const read = useIsRead(article.slug)
  const queryClient = useQueryClient()
  const prefetch = () => prefetchArticle(queryClient, article.slug, { intent: true })
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const headingId = useId()
  const { match } = article
  // A match in the title is marked there; any other is shown in place of the lead.
  const titleMatch = match?.field === 'title' && match.snippet === article.title ? match : undefined
  const snippet = match && !titleMatch ? match : undefined
  return (
    <article
      aria-labelledby={headingId}
      className="card group relative flex flex-col gap-3 p-3 sm:flex-row sm:gap-5"
      data-slug={article.slug}
    >
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
        <Heading
          id={headingId}
          lang={CONTENT_LANGUAGE}
          className={`font-serif text-lg leading-snug font-bold text-balance sm:text-xl ${read ? 'text-ink-soft' : ''}`}
        >
          <PlainLink
            to={links.article(article.slug)}
            className="card-link"
            onPointerEnter={prefetch}
            onFocus={prefetch}
            onTouchStart={prefetch}
          >
            {titleMatch ? <HighlightedText text={article.title} highlights={titleMatch.highlights} /> : article.title}
          </PlainLink>
        </Heading>
        <p lang={CONTENT_LANGUAGE} className="line-clamp-3 text-ink-soft">
          {snippet ? <HighlightedText text={snippet.snippet} highlights={snippet.highlights} /> : article.dek}
        </p>
        <p className="text-sm text-ink-soft">
          {isNew && (
            <>
              <strong className="rounded bg-brand px-1.5 py-0.5 text-xs font-bold text-surface uppercase">
                {shared.newMark}
              </strong>{' '}
            </>
          )}
          <time dateTime={article.publishedAt} title={formatDate(article.publishedAt, language)}>
            {formatPublished(article.publishedAt, language)}
          </time>
          <span aria-hidden="true"> · </span>
          {formatReadingTime(article.readingMinutes, language)}
          {read && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="font-semibold">{shared.alreadyRead}</span>
            </>
          )}
        </p>
        {showStory && article.story && article.story.size >= STORY_LINK_MIN_SIZE && (
          <p className="relative z-10 text-sm">
            <PlainLink
              to={links.story(article.story.id)}
              className="inline-flex min-h-6 items-center font-semibold text-brand underline-offset-4 hover:underline"
            >
              {stories.cardStoryLink(article.story.title)}
            </PlainLink>
          </p>
        )}
        <div className="relative z-10 flex flex-wrap items-center justify-between gap-2">
          <EntityChips entities={article.entities} max={4} first={chipsFirst} />
          <BookmarkButton article={article} size="small" className="ml-auto" />
        </div>
      </div>
    </article>
  )
})
