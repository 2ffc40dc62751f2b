import { formatNumber } from '../../lib/format'
import { defineMessages } from '../../lib/i18n'

export const storyPageMessages = defineMessages({
  id: {
    loading: 'Memuat cerita…',
    notFound: 'Cerita tidak ditemukan',
    summary: (count: number, range: string) => `${formatNumber(count, 'id')} artikel, ${range}, dari yang terlama`,
    listLabel: (title: string) => `Artikel dalam cerita ${title}`,
  },
  en: {
    loading: 'Loading the story…',
    notFound: 'Story not found',
    summary: (count: number, range: string) =>
      `${formatNumber(count, 'en')} ${count === 1 ? 'article' : 'articles'}, ${range}, oldest first`,
    listLabel: (title: string) => `Articles in the story ${title}`,
  },
})
