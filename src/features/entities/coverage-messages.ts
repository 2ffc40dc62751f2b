import { formatNumber } from '../../lib/format'
import { defineMessages } from '../../lib/i18n'

const enArticles = (count: number) => `${formatNumber(count, 'en')} ${count === 1 ? 'article' : 'articles'}`

export const coverageMessages = defineMessages({
  id: {
    coverage: 'Liputan dari waktu ke waktu',
    perDay: 'Artikel per hari (WIB). Pilih batang untuk membuka beritanya.',
    perWeek: 'Artikel per pekan (WIB). Pilih batang untuk membuka beritanya.',
    bar: (period: string, count: number) => `${period}: ${formatNumber(count, 'id')} artikel`,
    showTable: 'Lihat sebagai tabel',
    showChart: 'Lihat sebagai grafik',
    tableCaption: (name: string) => `Artikel tentang ${name} per periode`,
    period: 'Tanggal',
    articles: 'Artikel',
    noTimeline: 'Belum ada liputan untuk digambarkan.',
    pairCount: (count: number) => formatNumber(count, 'id'),
    pairLabel: (count: number, a: string, b: string) => `${formatNumber(count, 'id')} artikel tentang ${a} dan ${b}`,
  },
  en: {
    coverage: 'Coverage over time',
    perDay: 'Articles per day (WIB). Choose a bar to open its news.',
    perWeek: 'Articles per week (WIB). Choose a bar to open its news.',
    bar: (period: string, count: number) => `${period}: ${enArticles(count)}`,
    showTable: 'Show as a table',
    showChart: 'Show as a chart',
    tableCaption: (name: string) => `Articles about ${name} per period`,
    period: 'Date',
    articles: 'Articles',
    noTimeline: 'No coverage to draw yet.',
    pairCount: (count: number) => formatNumber(count, 'en'),
    pairLabel: (count: number, a: string, b: string) => `${enArticles(count)} about ${a} and ${b}`,
  },
})
