import type { ReactNode } from 'react'
import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { ErrorState } from './error-state'
import { OfflineState, waitingForNetwork } from './offline-state'
import { ListSkeleton } from './skeleton'
import { StaleNotice } from './stale-notice'

/** What ListState reads of an (infinite) query. */
type ListQuery = {
  isPending: boolean
  isError: boolean
  isRefetchError: boolean
  isFetchNextPageError: boolean
  error: unknown
  fetchStatus: string
  refetch: () => Promise<unknown>
}

type ListStateProps = {
  query: ListQuery
  /** Items already on screen. */
  count: number
  loadingLabel: string
  /** Of the offline and error headings: under the page's h1, or under a section's h2. */
  headingLevel: 2 | 3
  /** Another reason the list waits for the network (the feed's directory). */
  waiting?: boolean
  empty: ReactNode
  onLoadMore: () => void
  /** The list itself. */
  children: ReactNode
}

/**
 * Every state of a list of articles, in one order everywhere: offline, loading,
 * failed with nothing to show, empty, or the list (with a note when a refresh
 * failed over it, and an error under it when the next page failed).
 */
export function ListState({
  query,
  count,
  loadingLabel,
  headingLevel,
  waiting = false,
  empty,
  onLoadMore,
  children,
}: ListStateProps) {
  const shared = useMessages(sharedMessages)
  const retry = () => void query.refetch()
  if (waiting || waitingForNetwork(query)) return <OfflineState headingLevel={headingLevel} body={shared.offlinePage} />
  if (query.isPending) return <ListSkeleton label={loadingLabel} />
  if (query.isError && count === 0)
    return <ErrorState error={query.error} onRetry={retry} headingLevel={headingLevel} />
  if (count === 0) return empty
  return (
    <>
      {query.isRefetchError && <StaleNotice onRetry={retry} />}
      {children}
      {query.isFetchNextPageError && (
        <div className="mt-4">
          <ErrorState error={query.error} onRetry={onLoadMore} headingLevel={headingLevel} />
        </div>
      )}
    </>
  )
}
