import type { QueryClient } from '@tanstack/react-query'
import { useQuery } from '@tanstack/react-query'
import { useParams, type LoaderFunctionArgs } from 'react-router'
import { ApiError } from '../../api/client'
import type { StoryResponse } from '../../api/schemas'
import { storyQueries } from '../../api/stories'
import { ArticleCard } from '../../components/article-card'
import { SharedEntityIndex } from '../../components/entity-chips'
import { PageErrorState } from '../../components/error-state'
import { NotFoundPage } from '../../components/not-found-page'
import { OfflineState, waitingForNetwork } from '../../components/offline-state'
import { ListSkeleton } from '../../components/skeleton'
import { formatDateRange } from '../../lib/format'
import { CONTENT_LANGUAGE, useLanguage, useMessages } from '../../lib/i18n'
import { sharedMessages } from '../../lib/messages'
import { storyMessages } from '../../lib/story-messages'
import { warmCache } from '../../lib/warm-cache'
import { storyPageMessages } from './messages'

export function makeLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await warmCache(queryClient.prefetchQuery(storyQueries.detail(params.id ?? '')))
    return null
  }
}

export function Component() {
  const { id = '' } = useParams()
  const t = useMessages(storyPageMessages)
  const shared = useMessages(sharedMessages)
  const query = useQuery(storyQueries.detail(id))

  if (waitingForNetwork(query)) return <OfflineState body={shared.offlinePage} />
  if (query.isPending) return <ListSkeleton label={t.loading} />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.isNotFound) return <NotFoundPage title={t.notFound} />
    return <PageErrorState error={query.error} onRetry={() => void query.refetch()} />
  }
  return <StoryPage story={query.data} />
}

/** The whole story, oldest first, so it reads from its beginning. */
function StoryPage({ story }: { story: StoryResponse['story'] }) {
  const t = useMessages(storyPageMessages)
  const stories = useMessages(storyMessages)
  const language = useLanguage()
  const first = story.articles[0]
  const last = story.articles[story.articles.length - 1]
  return (
    <div className="mx-auto max-w-3xl">
      <title>{`${story.title} · Warta`}</title>
      <header className="border-b border-line pb-6">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{stories.story}</p>
        <h1
          tabIndex={-1}
          lang={CONTENT_LANGUAGE}
          className="mt-1 font-serif text-3xl font-black tracking-tight text-balance outline-none sm:text-4xl"
        >
          {story.title}
        </h1>
        {first && last && (
          <p className="mt-2 text-ink-soft">
            {t.summary(story.articles.length, formatDateRange(first.publishedAt, last.publishedAt, language))}
          </p>
        )}
      </header>
      <SharedEntityIndex>
        <ol aria-label={t.listLabel(story.title)} className="mt-6 grid gap-4">
          {story.articles.map((article, index) => (
            <li key={article.slug}>
              <ArticleCard article={article} eager={index < 2} showStory={false} />
            </li>
          ))}
        </ol>
      </SharedEntityIndex>
    </div>
  )
}
