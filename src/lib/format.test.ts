// format.ts writes dates and numbers out by hand (no Intl on the first screen): here each function is held to
// what Intl says for the same input, over three decades of times and a spread of numbers.
import { describe, expect, it } from 'vitest'
import type { Language } from '../reader-data/settings'
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDateRange,
  formatDayRange,
  formatNumber,
  formatPublished,
  formatShortDay,
} from './format'

const LANGUAGES: Language[] = ['id', 'en']
// The forms format.ts writes are those of these locales.
const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' }
const TIME_ZONE = 'Asia/Jakarta'
const dateOf = (language: Language) =>
  new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const timeOf = (language: Language) =>
  new Intl.DateTimeFormat(locales[language], { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE })

// Every 7 h 13 min from 2000 to 2030: every hour of the day, every day of the month, leap years.
const times: string[] = []
for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2030, 0, 1); t += (7 * 60 + 13) * 60_000) {
  times.push(new Date(t).toISOString())
}

describe.each(LANGUAGES)('formatting in %s, as Intl does it', (language) => {
  it('dates and times in WIB', () => {
    const [date, time] = [dateOf(language), timeOf(language)]
    for (const iso of times) {
      expect(formatDate(iso, language)).toBe(date.format(new Date(iso)))
      expect(formatDateTime(iso, language)).toBe(`${date.format(new Date(iso))}, ${time.format(new Date(iso))} WIB`)
    }
  })

  it('the time since publication within a week, the date after', () => {
    const relative = new Intl.RelativeTimeFormat(locales[language], { numeric: 'auto' })
    const now = Date.UTC(2025, 8, 1, 8)
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['day', 86_400_000],
      ['hour', 3_600_000],
      ['minute', 60_000],
    ]
    for (let elapsed = -60_000; elapsed < 8 * 86_400_000; elapsed += 37_000) {
      const iso = new Date(now - elapsed).toISOString()
      const unit = units.find(([, ms]) => elapsed >= ms)
      const expected =
        elapsed < 0 || elapsed >= 7 * 86_400_000
          ? dateOf(language).format(new Date(iso))
          : unit
            ? relative.format(-Math.floor(elapsed / unit[1]), unit[0])
            : relative.format(0, 'minute')
      expect(formatPublished(iso, language, now)).toBe(expected)
    }
  })

  it('numbers: grouped thousands, at most three decimals, negatives', () => {
    const number = new Intl.NumberFormat(locales[language])
    const values = [0, 1, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 1_234_567_890, 2 ** 40, -1, -1500, -1234.5]
    for (let n = 0; n < 200_000; n += 97) values.push(n, n / 10, n / 100, n / 1000, n / 7, n * 1013)
    for (const value of values) expect(formatNumber(value, language)).toBe(number.format(value))
  })

  it('WIB days, short days and ranges of days', () => {
    const date = dateOf(language)
    const noon = (day: string) => new Date(`${day}T12:00:00+07:00`)
    const days: string[] = []
    for (let t = Date.UTC(2023, 10, 1); t < Date.UTC(2025, 2, 1); t += 86_400_000 * 3) {
      days.push(new Date(t).toISOString().slice(0, 10))
    }
    const short = new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', timeZone: TIME_ZONE })
    for (const from of days) {
      expect(formatDay(from, language)).toBe(date.format(noon(from)))
      expect(formatShortDay(from, language)).toBe(short.format(noon(from)))
      for (const to of days.filter((day) => day >= from).slice(0, 40)) {
        const range = from === to ? date.format(noon(from)) : date.formatRange(noon(from), noon(to))
        expect(formatDayRange(from, to, language)).toBe(range)
        // Instants late on a WIB day (in UTC, the day before or the same): their WIB days.
        expect(formatDateRange(`${from}T23:30:00+07:00`, `${to}T00:10:00+07:00`, language)).toBe(range)
      }
    }
  })
})
