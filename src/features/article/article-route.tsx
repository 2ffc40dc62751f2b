import type { QueryClient } from '@tanstack/react-query'
import { useQuery } from '@tanstack/react-query'
import { useParams, type LoaderFunctionArgs } from 'react-router'
import { articleQueries } from '../../api/articles'
import { ApiError } from '../../api/client'
import { NotFoundPage } from '../../components/not-found-page'
import { EntityChips } from '../../components/entity-chips'
import { ErrorState } from '../../components/error-state'
import { PhotoFigure } from '../../components/photo-figure'
import { ArticleSkeleton } from '../../components/skeleton'
import { formatDateTime, formatReadingTime } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import { sharedMessages } from '../../lib/messages'
import { ArticleBody } from './article-body'
import { articleMessages } from './messages'
import { RelatedArticles } from './related-articles'
import { ShareButton } from './share-button'

/** Waits for the article (instant when a card prefetched it); failures are shown by the page. */
export function makeLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.prefetchQuery(articleQueries.detail(params.slug ?? ''))
    return null
  }
}

export function Component() {
  const { slug = '' } = useParams()
  const language = useLanguage()
  const t = useMessages(articleMessages)
  const shared = useMessages(sharedMessages)
  const query = useQuery(articleQueries.detail(slug))

  if (query.isPending) return <ArticleSkeleton label={t.loading} />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.isNotFound) return <NotFoundPage title={shared.articleNotFoundTitle} />
    return (
      <div className="mx-auto max-w-prose">
        <title>{`${shared.errorTitle} · Warta`}</title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={1} />
      </div>
    )
  }

  const article = query.data
  return (
    <article className="mx-auto max-w-3xl">
      <title>{`${article.title} · Warta`}</title>
      <header className="mx-auto max-w-prose">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{article.section}</p>
        <h1 tabIndex={-1} className="mt-2 font-serif text-3xl leading-tight font-black text-balance sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-lg text-ink-soft">{article.dek}</p>
        <p className="mt-4 text-sm text-ink-soft">
          <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, language)}</time>
          <span aria-hidden="true"> · </span>
          {formatReadingTime(article.readingMinutes, language)}
        </p>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <EntityChips entities={article.entities} />
          <ShareButton title={article.title} />
        </div>
      </header>
      <PhotoFigure photo={article.hero} priority className="mt-6" />
      <div className="mx-auto mt-6 max-w-prose">
        <ArticleBody blocks={article.body} entities={article.entities} />
        <p className="attribution">{`(${article.attribution.origin}/${article.attribution.editor})`}</p>
        <RelatedArticles article={article} />
      </div>
    </article>
  )
}
