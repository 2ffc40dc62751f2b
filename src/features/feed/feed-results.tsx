import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import type { FeedFilter } from '../../api/articles'
import type { ArticleListResponse } from '../../api/schemas'
import { ArticleList, usePagedArticles } from '../../components/article-list'
import { ListState } from '../../components/list-state'
import { feedFilterSearch } from '../../lib/feed-filter'
import { useMessages } from '../../lib/i18n'
import { feedMessages } from './messages'

type FeedResultsProps = {
  /** The filter whose results these are (the URL's). */
  filter: FeedFilter
  query: UseInfiniteQueryResult<InfiniteData<ArticleListResponse>>
  /** The results are about to change: the list stays, marked busy. */
  busy: boolean
  /** The directory, needed before the first request, waits for the network. */
  waiting: boolean
  nameOf: (id: string) => string
  onRemoveLast: (id: string) => void
  onTryAny: () => void
  onClearDates: () => void
}

/** The feed's articles for a filter, in every state, with a way out when nothing matches. */
export function FeedResults({
  filter,
  query,
  busy,
  waiting,
  nameOf,
  onRemoveLast,
  onTryAny,
  onClearDates,
}: FeedResultsProps) {
  const t = useMessages(feedMessages)
  const { articles, hasMore, loadingMore, loadMore } = usePagedArticles(query)
  const lastId = filter.entities[filter.entities.length - 1]
  const allOfSeveral = filter.match === 'all' && filter.entities.length > 1

  const empty = lastId ? (
    <div aria-busy={busy} className="rounded-xl border border-line bg-surface p-6">
      <p className="font-semibold">{allOfSeveral ? t.noResultsAll : t.noResults}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={() => onRemoveLast(lastId)}>
          {t.removeLast(nameOf(lastId))}
        </button>
        {allOfSeveral && (
          <button type="button" className="btn-secondary" onClick={onTryAny}>
            {t.tryAny}
          </button>
        )}
      </div>
    </div>
  ) : filter.from || filter.to ? (
    // Only dates narrow the feed: the way out is all of them.
    <div aria-busy={busy} className="rounded-xl border border-line bg-surface p-6">
      <p className="font-semibold">{t.noResultsInRange}</p>
      <button type="button" className="btn-primary mt-4" onClick={onClearDates}>
        {t.showAllDates}
      </button>
    </div>
  ) : (
    <p className="rounded-xl border border-line p-6 text-ink-soft">{t.empty}</p>
  )

  return (
    <ListState
      query={query}
      count={articles.length}
      loadingLabel={t.loadingList}
      headingLevel={2}
      waiting={waiting}
      empty={empty}
      onLoadMore={loadMore}
    >
      <ArticleList
        listKey={`feed:${feedFilterSearch(filter)}`}
        label={t.listLabel}
        articles={articles}
        hasMore={hasMore}
        loadingMore={loadingMore}
        onLoadMore={loadMore}
        busy={busy}
        chipsFirst={filter.entities}
      />
    </ListState>
  )
}
