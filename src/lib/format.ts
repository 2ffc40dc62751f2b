// Dates, times and numbers through Intl, in the reader's language. News times
// are shown in Western Indonesian Time (WIB), where the newsroom is.
import { locales } from './i18n'
import type { Language } from '../reader-data/settings'

const TIME_ZONE = 'Asia/Jakarta'
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>()

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let format = cache.get(key) as T | undefined
  if (!format) {
    format = make()
    cache.set(key, format)
  }
  return format
}

/** "9 Agustus 2025" / "9 August 2025" */
export function formatDate(iso: string, language: Language): string {
  return cached(
    `date:${language}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: TIME_ZONE,
      }),
  ).format(new Date(iso))
}

/** "9 Agustus 2025, 08.30 WIB" */
export function formatDateTime(iso: string, language: Language): string {
  const time = cached(
    `time:${language}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
        timeZone: TIME_ZONE,
      }),
  ).format(new Date(iso))
  return `${formatDate(iso, language)}, ${time} WIB`
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "3 jam lalu" within the last week, else the date. */
export function formatPublished(iso: string, language: Language, now = Date.now()): string {
  const elapsed = now - new Date(iso).getTime()
  if (elapsed < 0 || elapsed >= 7 * 86_400_000) return formatDate(iso, language)
  const format = cached(`rel:${language}`, () => new Intl.RelativeTimeFormat(locales[language], { numeric: 'auto' }))
  for (const [unit, ms] of units) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit)
  }
  return format.format(0, 'minute')
}

/** "5 menit baca" / "5 min read" */
export function formatReadingTime(minutes: number, language: Language): string {
  const n = formatNumber(minutes, language)
  return language === 'id' ? `${n} menit baca` : `${n} min read`
}

export function formatNumber(value: number, language: Language): string {
  return cached(`num:${language}`, () => new Intl.NumberFormat(locales[language])).format(value)
}
