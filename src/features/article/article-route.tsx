import type { QueryClient } from '@tanstack/react-query'
import { warmCache } from '../../lib/warm-cache'
import { onlineManager, useQuery } from '@tanstack/react-query'
import { useId, useRef, type ReactNode } from 'react'
import { useParams, type LoaderFunctionArgs } from 'react-router'
import { articleQueries } from '../../api/articles'
import { ApiError } from '../../api/client'
import type { Article, ArticleSummary } from '../../api/schemas'
import { BookmarkButton } from '../../components/bookmark-button'
import { NotFoundPage } from '../../components/not-found-page'
import { EntityChips } from '../../components/entity-chips'
import { PageErrorState } from '../../components/error-state'
import { OfflineState, waitingForNetwork } from '../../components/offline-state'
import { PhotoFigure } from '../../components/photo-figure'
import { SavedCopyNotice } from '../../components/saved-copy-notice'
import { StaleNotice } from '../../components/stale-notice'
import { ArticleSkeleton } from '../../components/skeleton'
import { useBookmark, type ReaderData } from '../../reader-data/reader-data'
import { useCommand } from '../../lib/commands'
import { formatDateTime, formatReadingTime } from '../../lib/format'
import { CONTENT_LANGUAGE, useLanguage, useMessages } from '../../lib/i18n'
import { sectionName } from '../../lib/section-names'
import { sharedMessages } from '../../lib/messages'
import { ArticleBody } from './article-body'
import { ReadingProgress, ResumeReading } from './reading-progress'
import { articleMessages } from './messages'
import { RelatedArticles } from './related-articles'
import { ShareButton } from './share-button'
import { StoryTimeline } from './story-timeline'
import { useLaterParts } from '../../components/use-revealed'

/** Warms the article (instant when a card prefetched it); failures are shown by the page. */
export function makeLoader(queryClient: QueryClient, readerData: ReaderData) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? ''
    const prefetch = queryClient.prefetchQuery(articleQueries.detail(slug))
    // Offline the fetch pauses until the network is back, and a saved copy can be shown at once: don't hold the page.
    if (!onlineManager.isOnline() || readerData.bookmarks.get(slug)?.complete) return null
    await warmCache(prefetch)
    return null
  }
}

export function Component() {
  const { slug = '' } = useParams()
  const t = useMessages(articleMessages)
  const shared = useMessages(sharedMessages)
  const query = useQuery(articleQueries.detail(slug))
  const saved = useBookmark(slug).bookmark

  if (query.data) {
    const notice = query.isRefetchError && <StaleNotice onRetry={() => void query.refetch()} />
    return <ArticleView article={query.data} notice={notice} />
  }
  // Offline or failing: a saved article opens from its snapshot, with a quiet note once the network has let us down.
  const unreachable = query.isError || query.fetchStatus === 'paused' || query.failureCount > 0
  if (saved && (saved.complete || unreachable)) {
    const notice = unreachable ? <SavedCopyNotice savedAt={saved.savedAt} summaryOnly={!saved.complete} /> : null
    return <ArticleView article={saved.article} notice={notice} />
  }
  if (waitingForNetwork(query)) return <OfflineState />
  if (query.isPending) return <ArticleSkeleton label={t.loading} />
  if (query.error instanceof ApiError && query.error.isNotFound)
    return <NotFoundPage title={shared.articleNotFoundTitle} />
  return <PageErrorState error={query.error} onRetry={() => void query.refetch()} />
}

/** After the first paint, each in a frame of its own: the body past its first blocks, then the story and the related cards. */
const LATER_PARTS = ['body', 'story', 'related'] as const
/**
 * The body's blocks in the first render. The header and the photo fill a phone's first screen and a laptop's:
 * the rest of the body (360 objects to lay out in all) comes a frame later, after the first paint.
 */
const FIRST_BLOCKS = 2

/** The article; a summary-only saved copy shows its header and photo. */
function ArticleView({ article, notice }: { article: Article | ArticleSummary; notice?: ReactNode }) {
  const language = useLanguage()
  const actionsRef = useRef<HTMLDivElement>(null)
  // `save` with no card in focus saves the article itself.
  useCommand(
    'save',
    () => {
      const toggle = actionsRef.current?.querySelector<HTMLButtonElement>('button[aria-pressed]')
      toggle?.click()
      return Boolean(toggle)
    },
    { fallback: true },
  )
  const whole = 'body' in article ? article : null
  const headingId = useId()
  const bodyRef = useRef<HTMLDivElement>(null)
  // The rest of the body, then the story, then the related cards come after the article's first paint (the last
  // two ask for their data then), each in a frame of its own: together they were one layout of 190 objects,
  // 100-190 ms at 4x CPU, and the body in the first frame was 360 objects before the title could paint.
  const later = useLaterParts(LATER_PARTS)
  const blocks = !whole ? [] : later.includes('body') ? whole.body : whole.body.slice(0, FIRST_BLOCKS)
  return (
    <article aria-labelledby={headingId} className="mx-auto max-w-3xl">
      <title>{`${article.title} · Warta`}</title>
      {notice}
      <header className="mx-auto max-w-prose">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">
          {sectionName(article.section, language)}
        </p>
        <h1
          id={headingId}
          tabIndex={-1}
          lang={CONTENT_LANGUAGE}
          className="mt-2 font-serif text-3xl leading-tight font-black text-balance sm:text-4xl"
        >
          {article.title}
        </h1>
        <p lang={CONTENT_LANGUAGE} className="mt-3 text-lg text-ink-soft">
          {article.dek}
        </p>
        <p className="mt-4 text-sm text-ink-soft">
          <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, language)}</time>
          <span aria-hidden="true"> · </span>
          {formatReadingTime(article.readingMinutes, language)}
        </p>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <EntityChips entities={article.entities} />
          <div ref={actionsRef} className="flex flex-wrap items-center gap-2">
            <BookmarkButton article={article} />
            <ShareButton title={article.title} />
          </div>
        </div>
        {whole && <ResumeReading key={whole.slug} slug={whole.slug} bodyRef={bodyRef} />}
      </header>
      {whole && <ReadingProgress slug={whole.slug} bodyRef={bodyRef} blocksShown={blocks.length} />}
      <PhotoFigure photo={article.hero} priority className="mt-6" />
      {whole && (
        <div className="mx-auto mt-6 max-w-prose">
          <ArticleBody ref={bodyRef} blocks={blocks} entities={whole.entities} />
          {later.includes('body') && (
            <p className="attribution">{`(${whole.attribution.origin}/${whole.attribution.editor})`}</p>
          )}
          {later.includes('story') && <StoryTimeline article={whole} />}
          {later.includes('related') && <RelatedArticles article={whole} />}
        </div>
      )}
    </article>
  )
}
