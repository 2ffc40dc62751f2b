import { useRef } from 'react'
import { useQuery } from '@tanstack/react-query'
import { articleQueries } from '../../api/articles'
import type { Article, ArticleSummary } from '../../api/schemas'
import { ArticleCard } from '../../components/article-card'
import { SharedEntityIndex } from '../../components/entity-chips'
import { useCardCommands } from '../../components/use-card-commands'
import { useMessages } from '../../lib/i18n'
import { articleMessages } from './messages'
import { compareText } from '../../lib/compare'

const WANTED = 4

/** The article's own related list first, then the articles sharing the most leaders and countries. */
function rankRelated(article: Article, candidates: ArticleSummary[]): ArticleSummary[] {
  const own = new Set(article.entities.map((entity) => entity.id))
  const chosen = [...article.related.filter((item) => item.slug !== article.slug)]
  const taken = new Set([article.slug, ...chosen.map((item) => item.slug)])
  const scored = candidates
    .filter((candidate) => !taken.has(candidate.slug))
    .map((candidate) => ({ candidate, shared: candidate.entities.filter((entity) => own.has(entity.id)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || compareText(b.candidate.publishedAt, a.candidate.publishedAt))
  for (const { candidate } of scored) {
    if (chosen.length >= WANTED) break
    chosen.push(candidate)
    taken.add(candidate.slug)
  }
  return chosen
}

export function RelatedArticles({ article }: { article: Article }) {
  const t = useMessages(articleMessages)
  const entityIds = article.entities.map((entity) => entity.id).slice(0, 8)
  const needMore = article.related.length < WANTED && entityIds.length > 0
  const candidates = useQuery({ ...articleQueries.firstPage({ entities: entityIds, match: 'any' }), enabled: needMore })
  const related = rankRelated(article, candidates.data?.items ?? [])
  const listRef = useRef<HTMLUListElement>(null)
  useCardCommands(listRef)
  if (related.length === 0) return null
  return (
    <section aria-labelledby="related-heading" className="mt-12 border-t border-line pt-8">
      <h2 id="related-heading" className="mb-4 font-serif text-2xl font-bold">
        {t.related}
      </h2>
      <SharedEntityIndex>
        <ul ref={listRef} className="grid gap-4">
          {related.map((item) => (
            <li key={item.slug}>
              <ArticleCard article={item} headingLevel={3} />
            </li>
          ))}
        </ul>
      </SharedEntityIndex>
    </section>
  )
}
