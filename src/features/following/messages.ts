import { formatNumber } from '../../lib/format'
import { defineMessages } from '../../lib/i18n'

/** What "new" is counted from: the reader's previous visit, or (before any visit) the first follow. */
export type NewSince = 'visit' | 'follow'

const sinceId = (from: NewSince) => (from === 'visit' ? 'sejak kunjungan terakhir Anda' : 'sejak Anda mulai mengikuti')
const sinceEn = (from: NewSince) => (from === 'visit' ? 'since your last visit' : 'since you started following')

export const followingMessages = defineMessages({
  id: {
    title: 'Diikuti',
    intro: 'Berita terbaru tentang tokoh dan negara yang Anda ikuti, dari yang paling baru.',
    followedHeading: 'Yang Anda ikuti',
    chipNew: (count: string) => `${count} baru`,
    newSince: (count: number, from: NewSince) => `${formatNumber(count, 'id')} artikel baru ${sinceId(from)}`,
    nothingNew: (from: NewSince) => `Tidak ada artikel baru ${sinceId(from)}.`,
    markAllSeen: 'Tandai semua sudah dilihat',
    listLabel: 'Artikel tentang yang Anda ikuti',
    listLabelAbout: (name: string) => `Artikel tentang ${name}`,
    loading: 'Memuat artikel…',
    noArticles: 'Belum ada artikel tentang yang Anda ikuti.',
    emptyTitle: 'Anda belum mengikuti siapa pun',
    emptyBody:
      'Tekan Ikuti di halaman seorang tokoh atau negara, di daftar Topik, atau pada filter di Beranda: beritanya akan terkumpul di sini, dan yang baru ditandai.',
    suggestionsHeading: 'Tokoh yang paling banyak diberitakan',
    loadingSuggestions: 'Memuat tokoh…',
  },
  en: {
    title: 'Following',
    intro: 'The latest news about the leaders and countries you follow, newest first.',
    followedHeading: 'You follow',
    chipNew: (count: string) => `${count} new`,
    newSince: (count: number, from: NewSince) =>
      `${formatNumber(count, 'en')} new ${count === 1 ? 'article' : 'articles'} ${sinceEn(from)}`,
    nothingNew: (from: NewSince) => `Nothing new ${sinceEn(from)}.`,
    markAllSeen: 'Mark all as seen',
    listLabel: 'Articles about what you follow',
    listLabelAbout: (name: string) => `Articles about ${name}`,
    loading: 'Loading articles…',
    noArticles: 'No articles about what you follow yet.',
    emptyTitle: 'You do not follow anyone yet',
    emptyBody:
      'Press Follow on a leader’s or a country’s page, in the Topics list, or on a filter on the front page: their news gathers here, and what is new is marked.',
    suggestionsHeading: 'The most covered leaders',
    loadingSuggestions: 'Loading leaders…',
  },
})
