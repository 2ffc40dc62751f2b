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

function dateFormat(language: Language): Intl.DateTimeFormat {
  return cached(
    `date:${language}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: TIME_ZONE,
      }),
  )
}

/** "9 Agustus 2025" / "9 August 2025" */
export function formatDate(iso: string, language: Language): string {
  return dateFormat(language).format(new Date(iso))
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

// Noon WIB of a YYYY-MM-DD day: formatted in WIB it is that day.
const wibNoon = (day: string) => new Date(`${day}T12:00:00+07:00`)

/** A WIB day (YYYY-MM-DD) as "12 Agustus 2025". */
export function formatDay(day: string, language: Language): string {
  return dateFormat(language).format(wibNoon(day))
}

/** Two WIB days as "1–12 Agustus 2025" or "28 Juli – 12 Agustus 2025"; one day when they are equal. */
export function formatDayRange(from: string, to: string, language: Language): string {
  return from === to ? formatDay(from, language) : dateFormat(language).formatRange(wibNoon(from), wibNoon(to))
}
