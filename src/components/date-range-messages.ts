// Interface text of the date range panel on the feed and the search results.
import { formatNumber } from '../lib/format'
import { defineMessages } from '../lib/i18n'

export const dateRangeMessages = defineMessages({
  id: {
    presetsLabel: 'Tanggal',
    today: 'Hari ini',
    week: '7 hari',
    month: '30 hari',
    all: 'Semua',
    anchorNote: (day: string) => `Dihitung dari artikel terbaru, ${day}.`,
    custom: 'Rentang lain',
    fromLabel: 'Dari tanggal',
    toLabel: 'Sampai tanggal',
    apply: 'Terapkan',
    incomplete: 'Tanggal belum lengkap: isi hari, bulan dan tahun.',
    empty: 'Isi setidaknya satu tanggal.',
    reversed: 'Tanggal awal harus sama dengan atau sebelum tanggal akhir.',
    histogramLabel: 'Jumlah artikel per hari',
    start: 'Awal rentang',
    end: 'Akhir rentang',
    summary: (count: number, range?: string) => `${formatNumber(count, 'id')} artikel${range ? `, ${range}` : ''}`,
    loading: 'Memuat sebaran tanggal…',
    apiHint: 'Rentang tanggal ini tidak dapat dipakai. Pilih rentang lain.',
  },
  en: {
    presetsLabel: 'Dates',
    today: 'Today',
    week: '7 days',
    month: '30 days',
    all: 'All',
    anchorNote: (day: string) => `Counted from the newest article, ${day}.`,
    custom: 'Other range',
    fromLabel: 'From',
    toLabel: 'To',
    apply: 'Apply',
    incomplete: 'The date is incomplete: fill in the day, month and year.',
    empty: 'Fill in at least one date.',
    reversed: 'The start date must be on or before the end date.',
    histogramLabel: 'Articles per day',
    start: 'Range start',
    end: 'Range end',
    summary: (count: number, range?: string) =>
      `${formatNumber(count, 'en')} article${count === 1 ? '' : 's'}${range ? `, ${range}` : ''}`,
    loading: 'Loading the dates…',
    apiHint: 'This date range cannot be used. Choose another range.',
  },
})
