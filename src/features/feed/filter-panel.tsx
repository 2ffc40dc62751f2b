import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import type { FeedFilter } from '../../api/articles'
import { entityQueries } from '../../api/entities'
import type { Entity, MatchMode } from '../../api/schemas'
import { waitingForNetwork } from '../../components/offline-state'
import { SearchField } from '../../components/search-field'
import { ErrorState } from '../../components/error-state'
import { entityName, flagEmoji } from '../../lib/entity-names'
import { searchEntities } from '../../lib/entity-search'
import { formatNumber } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import { sharedMessages } from '../../lib/messages'
import { feedMessages } from './messages'
import { byCoverage } from '../../lib/compare'

/** Entries shown per group before "show all"; a search or a selection always shows its entries. */
const COLLAPSED = 8

type FilterPanelProps = {
  /** The filter as the reader last set it (already the pending one while results load). */
  filter: FeedFilter
  /** Articles per entity in the current result (the API's facets); null before the first result. */
  counts: ReadonlyMap<string, number> | null
  onToggle: (id: string) => void
  onMatch: (match: MatchMode) => void
}

/** Search, the all/any choice, and the people and countries to filter by, each with its count. */
export function FilterPanel({ filter, counts, onToggle, onMatch }: FilterPanelProps) {
  const t = useMessages(feedMessages)
  const shared = useMessages(sharedMessages)
  const directory = useQuery(entityQueries.list())
  const [query, setQuery] = useState('')
  const matchName = useId()
  const matchHintId = useId()

  const byCount = useMemo(() => [...(directory.data ?? [])].sort(byCoverage), [directory.data])
  const found = useMemo(() => searchEntities(byCount, query), [byCount, query])
  const people = found.filter((entity) => entity.type === 'person')
  const countries = found.filter((entity) => entity.type === 'country')
  const searching = query.trim() !== ''

  return (
    <div className="flex flex-col gap-5">
      <SearchField label={t.searchLabel} value={query} onChange={setQuery} placeholder={t.searchPlaceholder} />

      <fieldset aria-describedby={matchHintId}>
        <legend className="mb-1 text-sm font-semibold">{t.matchLegend}</legend>
        <div className="grid grid-cols-2 gap-1 rounded-lg border border-line bg-muted p-1">
          {(['all', 'any'] as const).map((mode) => (
            <label
              key={mode}
              className="cursor-pointer rounded-md px-2 py-1.5 text-center font-semibold whitespace-nowrap text-ink-soft has-[:checked]:bg-surface has-[:checked]:text-ink has-[:checked]:shadow-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-(--focus)"
            >
              <input
                type="radio"
                name={matchName}
                value={mode}
                checked={filter.match === mode}
                onChange={() => onMatch(mode)}
                className="sr-only"
              />
              {mode === 'all' ? t.matchAll : t.matchAny}
            </label>
          ))}
        </div>
        <p id={matchHintId} className="mt-1 text-xs text-ink-soft">
          {filter.match === 'all' ? t.matchAllHint : t.matchAnyHint}
        </p>
      </fieldset>

      {directory.isPending ? (
        <p role="status" className="text-sm text-ink-soft">
          {waitingForNetwork(directory) ? shared.waitingForNetwork : t.loadingEntities}
        </p>
      ) : directory.isError ? (
        <ErrorState error={directory.error} title={t.entitiesUnavailable} onRetry={() => void directory.refetch()} />
      ) : (
        <>
          {/* Visible when nothing matches; otherwise it only tells a screen reader how many did. */}
          <p role="status" className={searching && found.length === 0 ? 'text-sm text-ink-soft' : 'sr-only'}>
            {searching
              ? found.length === 0
                ? t.noMatches(query.trim())
                : `${t.people}: ${people.length}, ${t.countries}: ${countries.length}`
              : ''}
          </p>
          <EntityGroup
            title={t.people}
            entities={people}
            filter={filter}
            counts={counts}
            searching={searching}
            onToggle={onToggle}
          />
          <EntityGroup
            title={t.countries}
            entities={countries}
            filter={filter}
            counts={counts}
            searching={searching}
            onToggle={onToggle}
          />
        </>
      )}
    </div>
  )
}

type EntityGroupProps = {
  title: string
  entities: Entity[]
  filter: FeedFilter
  counts: ReadonlyMap<string, number> | null
  searching: boolean
  onToggle: (id: string) => void
}

function EntityGroup({ title, entities, filter, counts, searching, onToggle }: EntityGroupProps) {
  const t = useMessages(feedMessages)
  const language = useLanguage()
  const headingId = useId()
  const listId = useId()
  const [expanded, setExpanded] = useState(false)
  // Entries the reader toggled stay in view: unselecting one must not take it (and focus) away.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set())
  if (entities.length === 0) return null

  const selected = new Set(filter.entities)
  const collapsible = !searching && entities.length > COLLAPSED
  const visible =
    collapsible && !expanded
      ? entities.filter((entity, index) => index < COLLAPSED || selected.has(entity.id) || touched.has(entity.id))
      : entities
  // In "any" mode a new choice only adds articles, so only an entity without any article leads nowhere.
  const widening = filter.match === 'any' && filter.entities.length > 0

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-1.5 text-xs font-bold tracking-wider text-ink-soft uppercase">
        {title}
      </h3>
      <ul id={listId} className="flex flex-col gap-0.5">
        {visible.map((entity) => {
          const isSelected = selected.has(entity.id)
          const count = counts ? (counts.get(entity.id) ?? 0) : entity.articleCount
          const leadsNowhere = !isSelected && (widening ? entity.articleCount === 0 : count === 0)
          const flag = entity.type === 'country' ? flagEmoji(entity.code) : ''
          const name = entityName(entity, language)
          return (
            <li key={entity.id}>
              <button
                type="button"
                aria-pressed={isSelected}
                // Spoken as "Xi Jinping, 11 artikel": the bare number alone would say nothing.
                aria-label={`${name}, ${t.entryCount(count)}`}
                onClick={() => {
                  setTouched((ids) => new Set(ids).add(entity.id))
                  onToggle(entity.id)
                }}
                className={`flex min-h-10 w-full items-center gap-2 rounded-lg px-2.5 py-1.5 text-left text-[0.9375rem] hover:bg-muted ${
                  isSelected ? 'bg-brand/15 font-semibold ring-1 ring-brand/40 ring-inset' : ''
                } ${leadsNowhere ? 'text-ink-soft' : ''}`}
              >
                {/* Dimmed, not hidden: the text keeps its contrast, the box and flag fade. */}
                <span
                  aria-hidden="true"
                  className={`grid size-4 shrink-0 place-items-center rounded border text-[0.65rem] leading-none ${isSelected ? 'border-brand bg-brand text-surface' : 'border-ink-soft/50'} ${leadsNowhere ? 'opacity-40' : ''}`}
                >
                  {isSelected ? '✓' : ''}
                </span>
                {flag && (
                  <span aria-hidden="true" className={`shrink-0 ${leadsNowhere ? 'opacity-40 grayscale' : ''}`}>
                    {flag}
                  </span>
                )}
                {/* The space: the text reads "Xi Jinping 11", as the name does (WCAG 2.5.3), not "Xi Jinping11". */}
                <span className="min-w-0 flex-1 truncate">{name}</span>{' '}
                <span className="shrink-0 text-xs text-ink-soft tabular-nums">{formatNumber(count, language)}</span>
              </button>
            </li>
          )
        })}
      </ul>
      {collapsible && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
          className="mt-1 px-2.5 py-1 text-sm font-semibold text-brand underline-offset-2 hover:underline"
        >
          {expanded ? t.showFewer : t.showAll(entities.length, title)}
        </button>
      )}
    </section>
  )
}
