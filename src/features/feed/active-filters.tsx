import { useEffect, useId, useRef } from 'react'
import type { MatchMode } from '../../api/schemas'
import { useMessages } from '../../lib/i18n'
import { feedMessages } from './messages'
import { RemovableChip } from './removable-chip'
import { laterComponent } from '../../lib/later-component'

// The follow toggles load beside the first screen: only a filtered feed shows them.
const FollowButton = laterComponent(() =>
  import('../../components/follow-button').then((module) => module.FollowButton),
)

export type NamedFilter = { id: string; name: string; type: 'person' | 'country' | undefined }

type ActiveFiltersProps = {
  entries: NamedFilter[]
  match: MatchMode
  onRemove: (id: string) => void
  onClear: () => void
}

/** The chosen leaders and countries above the feed, each removable, joined by "dan" or "atau". */
export function ActiveFilters({ entries, match, onRemove, onClear }: ActiveFiltersProps) {
  const t = useMessages(feedMessages)
  const headingId = useId()
  // A removed chip takes focus with it: hand it to the chip that took its place.
  const listRef = useRef<HTMLUListElement>(null)
  const removedAt = useRef<number | null>(null)
  useEffect(() => {
    const index = removedAt.current
    if (index === null) return
    const chips = listRef.current?.querySelectorAll<HTMLButtonElement>('li > button:first-of-type')
    if (!chips || chips.length === 0) return
    removedAt.current = null
    chips[Math.min(index, chips.length - 1)]?.focus()
  }, [entries])
  if (entries.length === 0) return null
  return (
    <section aria-labelledby={headingId} className="flex flex-wrap items-center gap-x-1.5 gap-y-2">
      <h2 id={headingId} className="mr-1 text-sm font-semibold text-ink-soft">
        {t.activeFilters}
      </h2>
      <ul ref={listRef} className="flex flex-wrap items-center gap-x-1.5 gap-y-2">
        {entries.map((entry, index) => (
          <li key={entry.id} className="flex items-center gap-1.5">
            {index > 0 && (
              <span aria-hidden="true" className="text-xs font-semibold text-ink-soft uppercase">
                {match === 'all' ? t.and : t.or}
              </span>
            )}
            <RemovableChip
              label={t.removeFilter(entry.name)}
              type={entry.type}
              onRemove={() => {
                removedAt.current = index
                onRemove(entry.id)
              }}
            >
              {entry.name}
            </RemovableChip>
            <FollowButton
              fallback={<span aria-hidden="true" className="inline-block h-8 w-20" />}
              id={entry.id}
              name={entry.name}
              size="small"
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClear} className="text-sm font-semibold text-brand underline underline-offset-2">
        {t.clearAll}
      </button>
    </section>
  )
}
