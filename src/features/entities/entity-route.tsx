import type { QueryClient } from '@tanstack/react-query'
import { warmCache } from '../../lib/warm-cache'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { articleQueries, type FeedFilter } from '../../api/articles'
import { ApiError } from '../../api/client'
import { entityQueries } from '../../api/entities'
import type { ArticleSummary, Entity, EntityResponse } from '../../api/schemas'
import { ArticleList, usePagedArticles } from '../../components/article-list'
import { FollowButton } from '../../components/follow-button'
import { UnreadToggle } from '../../components/unread-toggle'
import { PageErrorState } from '../../components/error-state'
import { ListState } from '../../components/list-state'
import { StaleNotice } from '../../components/stale-notice'
import { NotFoundPage } from '../../components/not-found-page'
import { OfflineState, waitingForNetwork } from '../../components/offline-state'
import { ArticleSkeleton } from '../../components/skeleton'
import { byCoverage } from '../../lib/compare'
import { entityName, entityRole } from '../../lib/entity-names'
import { useLanguage, useMessages } from '../../lib/i18n'
import { sharedMessages } from '../../lib/messages'
import { CoMentionChart } from './co-mention-chart'
import { CoverageChart } from './coverage-chart'
import { Flag } from './flag'
import { entityMessages } from './messages'
import { useEntityNews } from '../../lib/following'
import { links } from '../../lib/links'
import { useListVisit } from '../../lib/list-visit'
import { Icon } from '../../components/icon'
import { useLaterParts } from '../../components/use-revealed'

const CO_MENTIONS = 8
/**
 * What an entity page opened by a link draws after its first paint, one step at a time (decision 028): the
 * article cards in a frame of their own, not with the coverage chart's bars.
 */
const STAGES = ['coMentions', 'coverage', 'articles'] as const
const NO_ARTICLES: ArticleSummary[] = []

const articlesOf = (id: string): FeedFilter => ({ entities: [id], match: 'all' })

/** Warms the entity, the directory (for its country's name) and, once the entity is known, its first articles. */
export function makeLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? ''
    const detail = entityQueries.detail(id)
    await warmCache(
      Promise.all([
        queryClient.prefetchQuery(entityQueries.list()),
        queryClient.prefetchQuery(detail).then(() =>
          // An unknown id is a 400 from /articles: ask only once the entity exists.
          queryClient.getQueryData(detail.queryKey)
            ? queryClient.prefetchInfiniteQuery(articleQueries.list(articlesOf(id)))
            : undefined,
        ),
      ]),
    )
    return null
  }
}

/**
 * The entities most often in the same articles. A leader's own country is left
 * out: the API counts it in every one of their articles (a leader implies their
 * country), and the page header already names it.
 */
function topCoMentions(response: EntityResponse): EntityResponse['coMentions'] {
  const { entity } = response
  return response.coMentions.filter((item) => item.entity.id !== entity.countryId).slice(0, CO_MENTIONS)
}

export function Component() {
  const { id = '' } = useParams()
  const t = useMessages(entityMessages)
  const shared = useMessages(sharedMessages)
  const query = useQuery(entityQueries.detail(id))

  // Data on screen stays when a refresh fails, with a note that it may be old.
  if (query.data) {
    const notice = query.isRefetchError && <StaleNotice onRetry={() => void query.refetch()} />
    // Keyed by id: moving from one entity page to another starts the page afresh.
    return <EntityPage key={query.data.entity.id} response={query.data} notice={notice} />
  }
  if (waitingForNetwork(query)) return <OfflineState body={shared.offlinePage} />
  if (query.isPending) return <ArticleSkeleton label={t.loadingEntity} />
  if (query.error instanceof ApiError && query.error.isNotFound) return <NotFoundPage title={t.entityNotFound} />
  return <PageErrorState error={query.error} onRetry={() => void query.refetch()} />
}

function EntityPage({ response, notice }: { response: EntityResponse; notice: ReactNode }) {
  const t = useMessages(entityMessages)
  const language = useLanguage()
  const { entity } = response
  const name = entityName(entity, language)
  const directory = useQuery(entityQueries.list())
  const country = entity.countryId ? directory.data?.find((other) => other.id === entity.countryId) : undefined
  const people = useMemo(
    () =>
      entity.type === 'country'
        ? (directory.data ?? []).filter((other) => other.countryId === entity.id).sort(byCoverage)
        : [],
    [directory.data, entity],
  )
  const coMentions = topCoMentions(response)
  const role = entityRole(entity, language)
  // First the header and the charts' boxes; then the co-mentions; then the coverage chart; then the article cards.
  const drawn = useLaterParts(STAGES)

  return (
    <div>
      <title>{`${name} · Warta`}</title>
      {notice}
      <p className="text-sm">
        <Link to={links.entities} className="font-semibold text-brand underline-offset-4 hover:underline">
          <span aria-hidden="true">← </span>
          {t.allEntities}
        </Link>
      </p>
      <header className="mt-4 border-b border-line pb-6">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">
          {entity.type === 'person' ? t.person : t.country}
        </p>
        <h1
          tabIndex={-1}
          className="mt-1 flex items-baseline gap-3 font-serif text-3xl font-black tracking-tight outline-none sm:text-4xl"
        >
          {entity.type === 'country' && <Flag code={entity.code} />}
          {name}
        </h1>
        {(role || entity.countryId) && (
          <p className="mt-2 text-ink-soft">
            {role && <span>{role}</span>}
            {role && entity.countryId && <span aria-hidden="true"> · </span>}
            {entity.countryId && (
              <Link to={links.entity(entity.countryId)} className="font-semibold text-ink underline underline-offset-4">
                {country && <Flag code={country.code} className="mr-[0.25em]" />}
                {country ? entityName(country, language) : entity.countryId}
              </Link>
            )}
          </p>
        )}
        <p className="mt-1 text-ink-soft">{t.articleCount(entity.articleCount)}</p>
        <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2">
          <FollowButton id={entity.id} name={name} />
          <Link to={links.feedAbout(entity.id)} className="btn-primary">
            <Icon name="filter" />
            {t.filterFeed(name)}
          </Link>
          <span className="text-sm text-ink-soft">{t.filterFeedHint}</span>
        </div>
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start">
        {/* min-w-0: a grid item is otherwise as wide as its longest line, a truncated role included. */}
        <div className="flex min-w-0 flex-col gap-8">
          <section aria-labelledby="co-mentions-heading">
            <h2 id="co-mentions-heading" className="font-serif text-xl font-bold">
              {t.coMentions}
            </h2>
            {coMentions.length === 0 ? (
              <p className="mt-2 text-sm text-ink-soft">{t.coMentionsEmpty}</p>
            ) : (
              <CoMentionChart subject={entity} items={coMentions} drawn={drawn.includes('coMentions')} />
            )}
          </section>
          {people.length > 0 && (
            <section aria-labelledby="people-heading">
              <h2 id="people-heading" className="font-serif text-xl font-bold">
                {t.leadersOf(name)}
              </h2>
              <ul className="mt-3 flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
                {people.map((person) => (
                  <li key={person.id} className="flex items-center justify-between gap-3 px-3 py-2">
                    <span className="min-w-0">
                      <Link to={links.entity(person.id)} className="font-semibold underline-offset-4 hover:underline">
                        {entityName(person, language)}
                      </Link>
                      <span className="block truncate text-sm text-ink-soft">{entityRole(person, language)}</span>
                    </span>
                    <span className="shrink-0 text-sm text-ink-soft tabular-nums">
                      {t.articleCount(person.articleCount)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-10">
          <CoverageChart
            entityId={entity.id}
            name={name}
            timeline={response.timeline ?? []}
            drawn={drawn.includes('coverage')}
          />
          <EntityArticles entity={entity} name={name} ready={drawn.includes('articles')} />
        </div>
      </div>
    </div>
  )
}

/** `ready`: the charts above are drawn; the cards then come, a screenful first (ArticleList). */
type EntityArticlesProps = { entity: Entity; name: string; ready: boolean }

function EntityArticles({ entity, name, ready }: EntityArticlesProps) {
  const t = useMessages(entityMessages)
  const query = useInfiniteQuery(articleQueries.list(articlesOf(entity.id)))
  const { articles, hasMore, loadingMore, loadMore } = usePagedArticles(query)
  const news = useEntityNews(entity.id)
  useListVisit(news.visitKey)
  const since = news.since === null ? null : Date.parse(news.since)
  const heading = t.articlesAbout(name)

  return (
    <section aria-labelledby="entity-articles-heading" className="min-w-0">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h2 id="entity-articles-heading" className="font-serif text-xl font-bold">
          {heading}
        </h2>
        <UnreadToggle />
      </div>
      <ListState
        query={query}
        count={articles.length}
        loadingLabel={t.loadingArticles}
        headingLevel={3}
        empty={<p className="rounded-xl border border-line p-6 text-ink-soft">{t.noArticles}</p>}
        onLoadMore={loadMore}
      >
        <ArticleList
          listKey={`entity:${entity.id}`}
          label={heading}
          articles={ready ? articles : NO_ARTICLES}
          hasMore={ready && hasMore}
          loadingMore={loadingMore}
          onLoadMore={loadMore}
          headingLevel={3}
          isNew={since === null ? undefined : (article) => Date.parse(article.publishedAt) > since}
          chipsFirst={[entity.id]}
        />
      </ListState>
    </section>
  )
}
