// The date range of a list (`from`, `to` in the URL): its presets, counted back from an anchor day, and the
// checks on a range the reader types. "Today" is the day of the corpus's newest article, not the clock's
// (docs/decisions/021): a preset that always gives an empty list would be no use.
import type { ArticleListFilter } from '../api/articles'

export const DATE_PRESETS = ['today', 'week', 'month', 'all'] as const
export type DatePreset = (typeof DATE_PRESETS)[number]

/** Days a preset covers, counting the anchor day. */
const PRESET_DAYS: Record<Exclude<DatePreset, 'all'>, number> = { today: 1, week: 7, month: 30 }

export type DayRange = { from?: string; to?: string }

/** A YYYY-MM-DD day moved by `days` (calendar arithmetic in UTC, which has no DST). */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The range a preset stands for, ending on the anchor day; `all` is no range. */
export function presetRange(preset: DatePreset, anchor: string): DayRange {
  if (preset === 'all') return {}
  return { from: addDays(anchor, 1 - PRESET_DAYS[preset]), to: anchor }
}

/** The preset a filter's range is exactly, or undefined for another range. */
export function presetOf(range: DayRange, anchor: string | undefined): DatePreset | undefined {
  if (!range.from && !range.to) return 'all'
  if (anchor === undefined) return undefined
  return DATE_PRESETS.find((preset) => {
    const candidate = presetRange(preset, anchor)
    return candidate.from === range.from && candidate.to === range.to
  })
}

/** The filter with this range in place of its own. */
export function withRange<F extends ArticleListFilter>(filter: F, range: DayRange): F {
  const { from: _from, to: _to, ...rest } = filter
  return { ...rest, ...(range.from && { from: range.from }), ...(range.to && { to: range.to }) } as F
}

export type RangeProblem = 'incomplete' | 'reversed' | 'empty'

/** What is wrong with a typed range, if anything: a half-typed date, an empty form, or from after to. */
export function rangeProblem(from: string, to: string, incomplete: boolean): RangeProblem | null {
  if (incomplete) return 'incomplete'
  if (from === '' && to === '') return 'empty'
  if (from !== '' && to !== '' && from > to) return 'reversed'
  return null
}
