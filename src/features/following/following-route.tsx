import type { QueryClient } from '@tanstack/react-query'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useId, useMemo, useRef } from 'react'
import { Link, useSearchParams } from 'react-router'
import { articleQueries, type FeedFilter } from '../../api/articles'
import { entityQueries } from '../../api/entities'
import type { ArticleSummary, Entity } from '../../api/schemas'
import { ArticleList, usePagedArticles } from '../../components/article-list'
import { UnreadToggle } from '../../components/unread-toggle'
import { FollowButton } from '../../components/follow-button'
import { ListState } from '../../components/list-state'
import { ListSkeleton } from '../../components/skeleton'
import { StatusHeading } from '../../components/status-heading'
import { entityName } from '../../lib/entity-names'
import { formatNumber } from '../../lib/format'
import { cappedCount, FOLLOWING_LIST, useFollowingNews } from '../../lib/following'
import { useLanguage, useMessages } from '../../lib/i18n'
import { links } from '../../lib/links'
import { useListVisit } from '../../lib/list-visit'
import { warmCache } from '../../lib/warm-cache'
import type { Follows } from '../../reader-data/follows'
import { useReaderData, type ReaderData } from '../../reader-data/reader-data'
import { followingMessages } from './messages'

const SUGGESTIONS = 6

/** The list of a set of follows: every one the directory knows (an unknown id is a 400), or the one narrowed to. */
function listFilter(follows: Follows, known: ReadonlySet<string> | null, narrowed: string | null): FeedFilter {
  const ids = narrowed ? [narrowed] : follows.map((follow) => follow.id).filter((id) => known?.has(id) ?? true)
  return { entities: ids.sort(), match: 'any' }
}

/** Warms the directory and, once the follows are read, the first page of their articles. */
export function makeLoader(queryClient: QueryClient, readerData: ReaderData) {
  return async ({ request }: { request: Request }) => {
    const narrowed = new URL(request.url).searchParams.get('entity')
    const warm = async () => {
      const [entities] = await Promise.all([queryClient.fetchQuery(entityQueries.list()), readerData.follows.ready])
      const follows = readerData.follows.getState().value
      if (follows.length === 0) return
      const known = new Set(entities.map((entity) => entity.id))
      const valid = narrowed && follows.some((follow) => follow.id === narrowed) ? narrowed : null
      await queryClient.prefetchInfiniteQuery(articleQueries.list(listFilter(follows, known, valid)))
    }
    await warmCache(warm())
    return null
  }
}

export function Component() {
  const t = useMessages(followingMessages)
  useListVisit(FOLLOWING_LIST)
  const news = useFollowingNews()
  const { data: entities } = useQuery(entityQueries.list())
  return (
    <div>
      <StatusHeading level={1} className="font-serif text-3xl font-black tracking-tight outline-none sm:text-4xl">
        {t.title}
      </StatusHeading>
      {!news.ready ? (
        <div className="mt-6">
          <ListSkeleton label={t.loading} />
        </div>
      ) : news.ids.length === 0 ? (
        <Suggestions entities={entities} />
      ) : (
        <Followed news={news} entities={entities} />
      )}
    </div>
  )
}

/** The empty state: how to follow, and the most covered leaders to follow in one tap. */
function Suggestions({ entities }: { entities: Entity[] | undefined }) {
  const t = useMessages(followingMessages)
  const language = useLanguage()
  const headingId = useId()
  const leaders = useMemo(
    () =>
      (entities ?? [])
        .filter((entity) => entity.type === 'person')
        .sort((a, b) => b.articleCount - a.articleCount)
        .slice(0, SUGGESTIONS),
    [entities],
  )
  return (
    <div className="mt-4 max-w-2xl">
      <h2 className="font-serif text-xl font-bold">{t.emptyTitle}</h2>
      <p className="mt-2 text-ink-soft">{t.emptyBody}</p>
      <section aria-labelledby={headingId} className="mt-8">
        <h2 id={headingId} className="font-serif text-xl font-bold">
          {t.suggestionsHeading}
        </h2>
        {entities ? (
          <ul className="mt-3 flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
            {leaders.map((leader) => {
              const name = entityName(leader, language)
              return (
                <li key={leader.id} className="flex items-center justify-between gap-3 px-3 py-2">
                  <Link to={links.entity(leader.id)} className="font-semibold underline-offset-4 hover:underline">
                    {name}
                  </Link>
                  <FollowButton id={leader.id} name={name} size="small" />
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-ink-soft">{t.loadingSuggestions}</p>
        )}
      </section>
    </div>
  )
}

function Followed({ news, entities }: { news: ReturnType<typeof useFollowingNews>; entities: Entity[] | undefined }) {
  const t = useMessages(followingMessages)
  const language = useLanguage()
  const { visits } = useReaderData()
  const headingId = useId()
  const [params, setParams] = useSearchParams()
  const requested = params.get('entity')
  const narrowed = requested && news.ids.includes(requested) ? requested : null
  const byId = useMemo(() => new Map((entities ?? []).map((entity) => [entity.id, entity])), [entities])
  const nameOf = (id: string) => {
    const entity = byId.get(id)
    return entity ? entityName(entity, language) : id
  }
  // Without the directory (slow or failing) every followed id is asked for.
  const filter = listFilter(news.follows, entities ? new Set(byId.keys()) : null, narrowed)
  const query = useInfiniteQuery({ ...articleQueries.list(filter), enabled: filter.entities.length > 0 })
  const noArticles = <p className="rounded-xl border border-line p-6 text-ink-soft">{t.noArticles}</p>
  const { articles, hasMore, loadingMore, loadMore } = usePagedArticles(query)
  const countOf = new Map(news.counts?.counts.map((item) => [item.entityId, item.count]))
  const newCount = narrowed ? countOf.get(narrowed) : news.counts?.total
  const statusRef = useRef<HTMLParagraphElement>(null)
  const since = news.since === null ? null : Date.parse(news.since)
  const from = news.sinceVisit ? 'visit' : 'follow'
  const isNew = (article: ArticleSummary) => since !== null && Date.parse(article.publishedAt) > since
  const label = narrowed ? t.listLabelAbout(nameOf(narrowed)) : t.listLabel
  const format = (value: number) => formatNumber(value, language)

  return (
    <div className="mt-2">
      <p className="text-ink-soft">{t.intro}</p>
      <section aria-labelledby={headingId} className="mt-5">
        <h2 id={headingId} className="mb-2 text-sm font-semibold text-ink-soft">
          {t.followedHeading}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {news.ids.map((id) => {
            const count = countOf.get(id) ?? 0
            return (
              <li key={id}>
                <button
                  type="button"
                  aria-pressed={narrowed === id}
                  data-type={byId.get(id)?.type}
                  onClick={() =>
                    setParams((current) => {
                      // Narrowing keeps the page's other choices (hiding what was read).
                      const next = new URLSearchParams(current)
                      if (narrowed === id) next.delete('entity')
                      else next.set('entity', id)
                      return next
                    })
                  }
                  className="chip cursor-pointer gap-1.5 ring-1 ring-line hover:no-underline hover:ring-ink-soft aria-pressed:ring-2 aria-pressed:ring-brand"
                >
                  {nameOf(id)}
                  {count > 0 && ' '}
                  {count > 0 && (
                    <span className="rounded-full bg-brand px-1.5 text-xs leading-5 font-bold text-surface">
                      {t.chipNew(cappedCount(count, format))}
                    </span>
                  )}
                </button>
              </li>
            )
          })}
        </ul>
      </section>
      <div className="mt-5 mb-5 flex flex-wrap items-center gap-x-4 gap-y-2">
        <p
          ref={statusRef}
          tabIndex={-1}
          role="status"
          aria-atomic="true"
          className="text-sm font-semibold text-ink-soft outline-none"
        >
          {newCount === undefined ? '' : newCount > 0 ? t.newSince(newCount, from) : t.nothingNew(from)}
        </p>
        {/* Narrowed to one: it can be unfollowed here. The toggle stays once unfollowed, to follow it again. */}
        {requested && (narrowed || byId.has(requested)) && (
          <FollowButton id={requested} name={nameOf(requested)} size="small" named />
        )}
        {(news.counts?.total ?? 0) > 0 && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              void visits.markAllSeen(FOLLOWING_LIST)
              // The button goes with what it marked: the focus goes to the line that now says nothing is new.
              statusRef.current?.focus()
            }}
          >
            {t.markAllSeen}
          </button>
        )}
        <UnreadToggle />
      </div>
      {filter.entities.length === 0 ? (
        noArticles
      ) : (
        <ListState
          query={query}
          count={articles.length}
          loadingLabel={t.loading}
          headingLevel={2}
          empty={noArticles}
          onLoadMore={loadMore}
        >
          <ArticleList
            listKey={`following:${filter.entities.join(',')}`}
            label={label}
            articles={articles}
            hasMore={hasMore}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
            isNew={isNew}
            chipsFirst={filter.entities}
          />
        </ListState>
      )}
    </div>
  )
}
