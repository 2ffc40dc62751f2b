import type { FeedFilter } from '../../api/articles'
import { formatDay, formatDayRange } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import { feedMessages } from './messages'

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
      <button
        type="button"
        onClick={onRemove}
        aria-label={t.removeDates(range)}
        className="chip cursor-pointer gap-1.5 pr-1.5 ring-1 ring-line hover:no-underline hover:ring-ink-soft"
      >
        {range}
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-3.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
    </p>
  )
}
