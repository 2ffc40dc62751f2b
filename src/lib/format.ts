// Dates, times and numbers in the reader's language, shown in Western Indonesian
// Time (WIB), where the newsroom is. Written out for the two languages rather
// than through Intl: the first Intl object a page makes loads the browser's
// locale data, the longest single piece of work of the feed's first screen on a
// slow phone (docs/decisions/024-formatting-without-intl.md). format.test.ts
// holds every function to what Intl says, over years of dates and many numbers.
import type { Language } from '../reader-data/settings'

// WIB is UTC+7 all year: Indonesia keeps no daylight saving time.
const WIB_OFFSET_MS = 7 * 3_600_000

const MONTHS: Record<Language, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}
const SHORT_MONTHS: Record<Language, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
}
const DECIMAL: Record<Language, string> = { id: ',', en: '.' }
const GROUP: Record<Language, string> = { id: '.', en: ',' }
const TIME_SEPARATOR: Record<Language, string> = { id: '.', en: ':' }
// Ranges as Intl writes them: an en dash, between thin spaces unless two days of one month in Indonesian.
const RANGE = '\u2009\u2013\u2009'

type Day = { year: number; month: number; day: number }

function wib(iso: string): Day & { hour: number; minute: number } {
  const shifted = new Date(new Date(iso).getTime() + WIB_OFFSET_MS)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  }
}

const writeDay = ({ year, month, day }: Day, language: Language) => `${day} ${MONTHS[language][month]} ${year}`

/** "9 Agustus 2025" / "9 August 2025" */
export function formatDate(iso: string, language: Language): string {
  return writeDay(wib(iso), language)
}

const twoDigits = (value: number) => String(value).padStart(2, '0')

/** "9 Agustus 2025, 08.30 WIB" / "9 August 2025, 08:30 WIB" */
export function formatDateTime(iso: string, language: Language): string {
  const time = wib(iso)
  return `${writeDay(time, language)}, ${twoDigits(time.hour)}${TIME_SEPARATOR[language]}${twoDigits(time.minute)} WIB`
}

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

/** "3 jam yang lalu" / "3 hours ago" within the last week, else the date. */
export function formatPublished(iso: string, language: Language, now = Date.now()): string {
  const elapsed = now - new Date(iso).getTime()
  if (elapsed < 0 || elapsed >= 7 * DAY_MS) return formatDate(iso, language)
  const days = Math.floor(elapsed / DAY_MS)
  const hours = Math.floor(elapsed / HOUR_MS)
  const minutes = Math.floor(elapsed / MINUTE_MS)
  if (language === 'id') {
    if (days > 0) return days === 1 ? 'kemarin' : days === 2 ? 'kemarin dulu' : `${days} hari yang lalu`
    if (hours > 0) return `${hours} jam yang lalu`
    return minutes === 0 ? 'menit ini' : `${minutes} menit yang lalu`
  }
  const ago = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'} ago`
  if (days > 0) return days === 1 ? 'yesterday' : ago(days, 'day')
  if (hours > 0) return ago(hours, 'hour')
  return minutes === 0 ? 'this minute' : ago(minutes, 'minute')
}

/** "5 menit baca" / "5 min read" */
export function formatReadingTime(minutes: number, language: Language): string {
  const n = formatNumber(minutes, language)
  return language === 'id' ? `${n} menit baca` : `${n} min read`
}

/** "1.234,5" / "1,234.5": grouped thousands, at most three decimals (a count, a size). */
export function formatNumber(value: number, language: Language): string {
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(3).split('.')
  const decimals = fraction.replace(/0+$/, '')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, GROUP[language])
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? DECIMAL[language] + decimals : ''}`
}

function parseDay(day: string): Day {
  const [year, month, date] = day.split('-').map(Number)
  return { year: year!, month: month! - 1, day: date! }
}

/** A WIB day (YYYY-MM-DD) as "12 Agustus 2025". */
export function formatDay(day: string, language: Language): string {
  return writeDay(parseDay(day), language)
}

/** A WIB day (YYYY-MM-DD) as "12 Agu" / "12 Aug": a chart's axis. */
export function formatShortDay(day: string, language: Language): string {
  const { month, day: date } = parseDay(day)
  return `${date} ${SHORT_MONTHS[language][month]}`
}

/** Two WIB days as "1–12 Agustus 2025" or "28 Juli – 12 Agustus 2025"; one day when they are equal. */
export function formatDayRange(from: string, to: string, language: Language): string {
  return writeDayRange(parseDay(from), parseDay(to), language)
}

/** The WIB days of two instants as a range, written as formatDayRange writes it. */
export function formatDateRange(fromIso: string, toIso: string, language: Language): string {
  return writeDayRange(wib(fromIso), wib(toIso), language)
}

function writeDayRange(a: Day, b: Day, language: Language): string {
  if (a.year === b.year && a.month === b.month && a.day === b.day) return writeDay(a, language)
  if (a.year !== b.year) return `${writeDay(a, language)}${RANGE}${writeDay(b, language)}`
  const end = writeDay(b, language)
  if (a.month !== b.month) return `${a.day} ${MONTHS[language][a.month]}${RANGE}${end}`
  return `${a.day}${language === 'id' ? '\u2013' : RANGE}${end}`
}
