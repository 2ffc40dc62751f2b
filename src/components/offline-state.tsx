import { useMessages } from '../lib/i18n'
import { savedArticleMessages } from './saved-article-messages'
import { StatusHeading } from './status-heading'

/** A query that has nothing yet and is paused until the network returns (react-query offline). */
export function waitingForNetwork(query: { isPending: boolean; fetchStatus: string }): boolean {
  return query.isPending && query.fetchStatus === 'paused'
}

type OfflineStateProps = { headingLevel?: 1 | 2 | 3; body?: string }

/** In place of a spinner while offline: the page says it waits for the network. */
export function OfflineState({ headingLevel = 1, body }: OfflineStateProps) {
  const t = useMessages(savedArticleMessages)
  return (
    <div role="status" className="mx-auto max-w-prose rounded-xl border border-line bg-surface p-6">
      <StatusHeading level={headingLevel} className="text-lg font-semibold">
        {t.offlineTitle}
      </StatusHeading>
      <p className="mt-1 text-ink-soft">{body ?? t.offlineArticle}</p>
    </div>
  )
}
