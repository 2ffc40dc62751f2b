import { formatNumber } from '../../lib/format'
import { defineMessages } from '../../lib/i18n'

export const storyPageMessages = defineMessages({
  id: {
    loading: 'Memuat cerita…',
    notFound: 'Cerita tidak ditemukan',
    summary: (count: number, from: string, to: string) =>
      `${formatNumber(count, 'id')} artikel, ${from} – ${to}, dari yang terlama`,
    listLabel: (title: string) => `Artikel dalam cerita ${title}`,
  },
  en: {
    loading: 'Loading the story…',
    notFound: 'Story not found',
    summary: (count: number, from: string, to: string) =>
      `${formatNumber(count, 'en')} ${count === 1 ? 'article' : 'articles'}, ${from} – ${to}, oldest first`,
    listLabel: (title: string) => `Articles in the story ${title}`,
  },
})
