// Every in-app link is built here, so paths and their encoding are the same
// everywhere (the route table in src/app/routes.tsx declares the same paths).
import type { FeedFilter } from '../api/articles'
import { feedFilterSearch } from './feed-filter'
import { searchHref, searchHrefFor, type SearchState } from './search-params'

export const links = {
  home: '/',
  entities: '/entities',
  bookmarks: '/bookmarks',
  /** What the reader follows; narrowed to one of the followed leaders or countries. */
  following: (id?: string) => (id ? `/following?${new URLSearchParams({ entity: id })}` : '/following'),
  /** What Warta keeps in this browser: counts, delete, export and import. */
  data: '/data',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  entity: (id: string) => `/entities/${encodeURIComponent(id)}`,
  /** The front page filtered (no filter: the front page itself). */
  feed: (filter: FeedFilter) => `/${feedFilterSearch(filter)}`,
  /** The front page filtered by one person or country. */
  feedAbout: (id: string) => links.feed({ entities: [id], match: 'all' }),
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  /** Search results, with their filter and order. */
  search: (state: SearchState) => searchHref(state),
  /** A new search for typed text: no filter, ranked by relevance. */
  searchFor: (q: string) => searchHrefFor(q),
} as const

/** A story is named on a card only once it is more than a pair of articles. */
export const STORY_LINK_MIN_SIZE = 3
