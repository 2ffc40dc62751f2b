// The date range of a list (feed or search results): presets, a typed range, and the histogram of the
// list's articles per day with a brush. Loaded lazily beside the list, so the first visit carries none of it.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import type { ArticleListFilter } from '../api/article-page'
import { ApiError } from '../api/client'
import { histogramQuery } from '../api/histogram'
import {
  DATE_PRESETS,
  presetOf,
  presetRange,
  rangeProblem,
  withRange,
  type DatePreset,
  type DayRange,
  type RangeProblem,
} from '../lib/date-range'
import { formatDay } from '../lib/format'
import { useLanguage, useMessages } from '../lib/i18n'
import { Caution } from './caution'
import { ChoiceSwitch } from './choice-switch'
import { DateHistogram } from './date-histogram'
import { dateRangeMessages } from './date-range-messages'
import { waitingForNetwork } from './offline-state'

const WHOLE_CORPUS: ArticleListFilter = { entities: [], match: 'all' }

type DateRangePanelProps = {
  /** The list's filter with its dates (the one just chosen, while its results load). */
  filter: ArticleListFilter
  /** False while the filter's ids are not yet checked against the directory (an unknown id is a 400). */
  ready: boolean
  onChange: (range: DayRange) => void
}

export function DateRangePanel({ filter, ready, onChange }: DateRangePanelProps) {
  const t = useMessages(dateRangeMessages)
  const language = useLanguage()
  // "Today" is the newest article's day: the last day of the whole corpus's histogram.
  const corpus = useQuery(histogramQuery(WHOLE_CORPUS))
  const anchor = corpus.data?.histogram.at(-1)?.date
  // The histogram shows the list without its dates, so the brush can widen a range as well as narrow it.
  const undated = withRange(filter, {})
  const histogram = useQuery({ ...histogramQuery(undated), placeholderData: keepPreviousData, enabled: ready })
  const range: DayRange = { ...(filter.from && { from: filter.from }), ...(filter.to && { to: filter.to }) }
  const preset = presetOf(range, anchor)
  const options = DATE_PRESETS.map((value) => [value, t[value]] as const)
  const refused = histogram.error instanceof ApiError && histogram.error.status === 400

  // The same minimum height as the fallback in its place (measured: 226 px while the presets' label wraps,
  // below 26rem, 198 px above), so nothing moves when the panel comes.
  return (
    <div className="flex min-h-[14.25rem] flex-col gap-2 min-[26rem]:min-h-[12.5rem]">
      <div className="flex flex-col gap-1">
        <ChoiceSwitch<DatePreset | 'custom'>
          label={t.presetsLabel}
          options={options}
          value={preset ?? 'custom'}
          onChange={(value) => {
            if (value !== 'custom' && (anchor || value === 'all')) onChange(presetRange(value, anchor ?? ''))
          }}
        />
        <p className="text-xs text-ink-soft">{anchor ? t.anchorNote(formatDay(anchor, language)) : '\u00a0'}</p>
      </div>
      <CustomRange key={`${range.from ?? ''}/${range.to ?? ''}`} range={range} onChange={onChange} />
      {refused ? (
        <Caution>{t.apiHint}</Caution>
      ) : (
        <DateHistogram
          days={histogram.data?.histogram}
          range={range}
          onChange={onChange}
          waiting={waitingForNetwork(histogram)}
        />
      )}
    </div>
  )
}

/** Two labelled date inputs, checked on submit: a half-typed date, an empty form or from after to is named. */
function CustomRange({ range, onChange }: { range: DayRange; onChange: (range: DayRange) => void }) {
  const t = useMessages(dateRangeMessages)
  const fromId = useId()
  const toId = useId()
  const errorId = useId()
  const [problem, setProblem] = useState<{ kind: RangeProblem; field: 'from' | 'to' } | null>(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const from = form.elements.namedItem('from') as HTMLInputElement
    const to = form.elements.namedItem('to') as HTMLInputElement
    const kind = rangeProblem(from.value, to.value, from.validity.badInput || to.validity.badInput)
    if (kind) {
      const field = kind === 'reversed' || from.validity.badInput || kind === 'empty' ? 'from' : 'to'
      setProblem({ kind, field })
      ;(field === 'from' ? from : to).focus()
      return
    }
    setProblem(null)
    onChange({ ...(from.value && { from: from.value }), ...(to.value && { to: to.value }) })
  }

  const invalid = (field: 'from' | 'to') =>
    problem && (problem.field === field || problem.kind === 'reversed')
      ? { 'aria-invalid': true as const, 'aria-describedby': errorId }
      : {}

  return (
    <details className="text-sm" open={problem !== null || undefined}>
      <summary className="w-fit cursor-pointer font-semibold text-brand">{t.custom}</summary>
      <form noValidate onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-3">
        {(['from', 'to'] as const).map((field) => (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={field === 'from' ? fromId : toId} className="text-ink-soft">
              {field === 'from' ? t.fromLabel : t.toLabel}
            </label>
            <input
              id={field === 'from' ? fromId : toId}
              name={field}
              type="date"
              defaultValue={range[field]}
              className="rounded-md border border-line bg-surface px-2 py-1"
              {...invalid(field)}
            />
          </div>
        ))}
        <button type="submit" className="btn-secondary">
          {t.apply}
        </button>
        {problem && (
          <p id={errorId} className="basis-full font-semibold text-accent">
            {t[problem.kind]}
          </p>
        )}
      </form>
    </details>
  )
}
