import { defineMessages } from '../../lib/i18n'

export const feedMessages = defineMessages({
  id: {
    title: 'Berita terbaru',
    pageTitle: 'Warta · Berita politik dunia',
    listLabel: 'Daftar artikel',
    loadingList: 'Memuat artikel…',
    empty: 'Belum ada artikel untuk ditampilkan.',
  },
  en: {
    title: 'Latest news',
    pageTitle: 'Warta · World politics news',
    listLabel: 'Articles',
    loadingList: 'Loading articles…',
    empty: 'There are no articles to show yet.',
  },
})
