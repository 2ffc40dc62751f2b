// Interface text of the world map on /entities (a catalog of its own: it loads with the map).
import { formatNumber } from '../../lib/format'
import { defineMessages } from '../../lib/i18n'

export const mapMessages = defineMessages({
  id: {
    view: 'Tampilan',
    map: 'Peta',
    list: 'Daftar',
    mapLabel: 'Peta negara menurut jumlah artikel',
    country: (name: string, count: number) => `${name}, ${formatNumber(count, 'id')} artikel`,
    legend: 'Jumlah artikel',
    step: (low: number, high: number) =>
      low === high ? formatNumber(low, 'id') : `${formatNumber(low, 'id')}–${formatNumber(high, 'id')}`,
    outside: 'Tidak diliput',
    loading: 'Memuat peta…',
    hint: 'Pilih negara untuk membuka halamannya. Negara berwarna abu-abu belum diliput.',
  },
  en: {
    view: 'View',
    map: 'Map',
    list: 'List',
    mapLabel: 'Map of countries by number of articles',
    country: (name: string, count: number) =>
      `${name}, ${formatNumber(count, 'en')} ${count === 1 ? 'article' : 'articles'}`,
    legend: 'Articles',
    step: (low: number, high: number) =>
      low === high ? formatNumber(low, 'en') : `${formatNumber(low, 'en')}–${formatNumber(high, 'en')}`,
    outside: 'Not covered',
    loading: 'Loading the map…',
    hint: 'Choose a country to open its page. Grey countries are not covered yet.',
  },
})
