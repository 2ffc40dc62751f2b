import { formatNumber } from '../../lib/format'
import { defineMessages } from '../../lib/i18n'

const articles = (count: number) => `${formatNumber(count, 'en')} ${count === 1 ? 'article' : 'articles'}`

export const entityMessages = defineMessages({
  id: {
    directoryTitle: 'Tokoh dan negara',
    directoryIntro:
      'Para pemimpin dikelompokkan menurut negaranya. Buka halaman seseorang atau sebuah negara untuk melihat beritanya dan siapa yang sering disebut bersamanya.',
    searchLabel: 'Cari tokoh atau negara',
    searchPlaceholder: 'mis. Xi, Tiongkok, Zelenskyy',
    searchResults: (countries: number, people: number) =>
      `${formatNumber(countries, 'id')} negara, ${formatNumber(people, 'id')} tokoh`,
    noMatches: (query: string) => `Tidak ada tokoh atau negara yang cocok dengan “${query}”.`,
    loading: 'Memuat tokoh dan negara…',
    articleCount: (count: number) => `${formatNumber(count, 'id')} artikel`,
    noCountry: 'Organisasi internasional',
    leadersOf: (country: string) => `Tokoh dari ${country}`,
    person: 'Tokoh',
    country: 'Negara',
    allEntities: 'Semua tokoh dan negara',
    entityNotFound: 'Tokoh atau negara tidak ditemukan',
    filterFeed: (name: string) => `Saring beranda dengan ${name}`,
    filterFeedHint: 'Di beranda, gabungkan dengan tokoh atau negara lain.',
    coMentions: 'Sering disebut bersama',
    coMentionsEmpty: 'Belum ada tokoh atau negara lain yang disebut bersamanya.',
    articlesAbout: (name: string) => `Artikel tentang ${name}`,
    noArticles: 'Belum ada artikel tentang ini.',
    loadingArticles: 'Memuat artikel…',
    loadingEntity: 'Memuat halaman…',
  },
  en: {
    directoryTitle: 'People and countries',
    directoryIntro:
      'Leaders are grouped by their country. Open a person’s or a country’s page to see its news and who is most often mentioned with it.',
    searchLabel: 'Search people or countries',
    searchPlaceholder: 'e.g. Xi, China, Zelenskyy',
    searchResults: (countries: number, people: number) =>
      `${formatNumber(countries, 'en')} ${countries === 1 ? 'country' : 'countries'}, ${formatNumber(people, 'en')} ${people === 1 ? 'person' : 'people'}`,
    noMatches: (query: string) => `No person or country matches “${query}”.`,
    loading: 'Loading people and countries…',
    articleCount: (count: number) => articles(count),
    noCountry: 'International organisations',
    leadersOf: (country: string) => `People from ${country}`,
    person: 'Person',
    country: 'Country',
    allEntities: 'All people and countries',
    entityNotFound: 'Person or country not found',
    filterFeed: (name: string) => `Filter the feed by ${name}`,
    filterFeedHint: 'On the feed, combine it with other people or countries.',
    coMentions: 'Most often mentioned with',
    coMentionsEmpty: 'No other person or country has been mentioned with it yet.',
    articlesAbout: (name: string) => `Articles about ${name}`,
    noArticles: 'No articles about this yet.',
    loadingArticles: 'Loading articles…',
    loadingEntity: 'Loading the page…',
  },
})
