import { defineMessages } from '../../lib/i18n'

const idNumber = (count: number) => count.toLocaleString('id-ID')
const enNumber = (count: number) => count.toLocaleString('en-GB')
const quoteList = (ids: string[]) => ids.map((id) => `“${id}”`).join(', ')

export const feedMessages = defineMessages({
  id: {
    title: 'Berita terbaru',
    pageTitle: 'Warta · Berita politik dunia',
    filteredPageTitle: (names: string) => `${names} · Warta`,
    listLabel: 'Daftar artikel',
    loadingList: 'Memuat artikel…',
    empty: 'Belum ada artikel untuk ditampilkan.',
    // The filter panel
    filterHeading: 'Saring berita',
    openFilter: 'Saring',
    activeCount: (count: number) => `${idNumber(count)} aktif`,
    closeFilter: 'Tutup',
    showResults: (count: number) => `Tampilkan ${idNumber(count)} artikel`,
    showResultsPending: 'Tampilkan hasil',
    searchLabel: 'Cari tokoh atau negara',
    searchPlaceholder: 'mis. Xi, Tiongkok',
    matchLegend: 'Artikel yang menyebut',
    matchAll: 'semua',
    matchAny: 'salah satu',
    matchAllHint: 'Artikel harus menyebut setiap pilihan.',
    matchAnyHint: 'Artikel cukup menyebut salah satu pilihan.',
    people: 'Tokoh',
    countries: 'Negara',
    entryCount: (count: number) => `${idNumber(count)} artikel`,
    showAll: (count: number, group: string) => `Tampilkan semua ${idNumber(count)} ${group.toLowerCase()}`,
    showFewer: 'Tampilkan lebih sedikit',
    noMatches: (query: string) => `Tidak ada tokoh atau negara yang cocok dengan “${query}”.`,
    entitiesUnavailable: 'Daftar tokoh dan negara tidak dapat dimuat.',
    loadingEntities: 'Memuat tokoh dan negara…',
    // Active filters and results
    activeFilters: 'Filter aktif',
    removeFilter: (name: string) => `Hapus filter ${name}`,
    clearAll: 'Hapus semua',
    and: 'dan',
    or: 'atau',
    joinNames: (names: string[], match: 'all' | 'any') =>
      names.length < 2
        ? names.join('')
        : `${names.slice(0, -1).join(', ')} ${match === 'all' ? 'dan' : 'atau'} ${names[names.length - 1]}`,
    resultCount: (count: number) => `${idNumber(count)} artikel`,
    resultCountAbout: (count: number, names: string) => `${idNumber(count)} artikel tentang ${names}`,
    loadingResults: 'Memuat hasil…',
    noResults: 'Tidak ada artikel yang cocok dengan filter ini.',
    noResultsAll: 'Tidak ada artikel yang menyebut semuanya sekaligus.',
    removeLast: (name: string) => `Hapus filter terakhir (${name})`,
    tryAny: 'Cari yang menyebut salah satu',
    unknownIds: (ids: string[]) =>
      `${ids.length === 1 ? 'Filter ini tidak dikenal' : 'Filter-filter ini tidak dikenal'} dan diabaikan: ${quoteList(ids)}.`,
    unknownRest: 'Filter lainnya tetap diterapkan.',
  },
  en: {
    title: 'Latest news',
    pageTitle: 'Warta · World politics news',
    filteredPageTitle: (names: string) => `${names} · Warta`,
    listLabel: 'Articles',
    loadingList: 'Loading articles…',
    empty: 'There are no articles to show yet.',
    filterHeading: 'Filter news',
    openFilter: 'Filter',
    activeCount: (count: number) => `${enNumber(count)} active`,
    closeFilter: 'Close',
    showResults: (count: number) => `Show ${enNumber(count)} ${count === 1 ? 'article' : 'articles'}`,
    showResultsPending: 'Show results',
    searchLabel: 'Search people or countries',
    searchPlaceholder: 'e.g. Xi, China',
    matchLegend: 'Articles that mention',
    matchAll: 'all',
    matchAny: 'any',
    matchAllHint: 'Articles must mention every choice.',
    matchAnyHint: 'Articles need only mention one of the choices.',
    people: 'People',
    countries: 'Countries',
    entryCount: (count: number) => `${enNumber(count)} ${count === 1 ? 'article' : 'articles'}`,
    showAll: (count: number, group: string) => `Show all ${enNumber(count)} ${group.toLowerCase()}`,
    showFewer: 'Show fewer',
    noMatches: (query: string) => `No person or country matches “${query}”.`,
    entitiesUnavailable: 'The list of people and countries could not be loaded.',
    loadingEntities: 'Loading people and countries…',
    activeFilters: 'Active filters',
    removeFilter: (name: string) => `Remove filter ${name}`,
    clearAll: 'Clear all',
    and: 'and',
    or: 'or',
    joinNames: (names: string[], match: 'all' | 'any') =>
      names.length < 2
        ? names.join('')
        : `${names.slice(0, -1).join(', ')} ${match === 'all' ? 'and' : 'or'} ${names[names.length - 1]}`,
    resultCount: (count: number) => `${enNumber(count)} ${count === 1 ? 'article' : 'articles'}`,
    resultCountAbout: (count: number, names: string) =>
      `${enNumber(count)} ${count === 1 ? 'article' : 'articles'} about ${names}`,
    loadingResults: 'Loading results…',
    noResults: 'No articles match this filter.',
    noResultsAll: 'No article mentions all of them at once.',
    removeLast: (name: string) => `Remove the last filter (${name})`,
    tryAny: 'Find those that mention any of them',
    unknownIds: (ids: string[]) =>
      `${ids.length === 1 ? 'This filter is' : 'These filters are'} unknown and ignored: ${quoteList(ids)}.`,
    unknownRest: 'The rest of the filter still applies.',
  },
})
