import type { FeedFilter } from '../../api/articles'
import { formatDay, formatDayRange } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import { feedMessages } from './messages'
import { RemovableChip } from './removable-chip'

/** The feed's active date range as one removable chip ("12 Agustus 2025 ×"), beside the entity chips. */
export function DateRangeChip({ filter, onRemove }: { filter: FeedFilter; onRemove: () => void }) {
  const t = useMessages(feedMessages)
  const language = useLanguage()
  const { from, to } = filter
  if (!from && !to) return null
  const range =
    from && to
      ? formatDayRange(from, to, language)
      : from
        ? t.sinceDay(formatDay(from, language))
        : t.untilDay(formatDay(to!, language))
  return (
    <p className="flex items-center gap-1.5">
      <span className="text-sm font-semibold text-ink-soft">{t.dateRange}</span>
      <RemovableChip label={t.removeDates(range)} onRemove={onRemove}>
        {range}
      </RemovableChip>
    </p>
  )
}
