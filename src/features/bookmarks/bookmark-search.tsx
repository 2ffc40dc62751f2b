// Search within saved articles, in the browser over their stored snapshots, so
// it works offline. Words are folded, stemmed and typo-tolerant by the same
// rules as the API's search (src/lib/search-text), which loads with this page only.
import { useMemo } from 'react'
import { SearchField } from '../../components/search-field'
import type { Bookmark } from '../../reader-data/bookmark-format'
import { formatNumber } from '../../lib/format'
import { defineMessages, useLanguage, useMessages } from '../../lib/i18n'
import { editDistanceWithin, typoBudget } from '../../lib/search-text/edit-distance'
import { parseSearchQuery } from '../../lib/search-text/query'
import { quotable } from '../../lib/search-text/quotable'
import { stem } from '../../lib/search-text/stemmer'
import { tokenize } from '../../lib/search-text/tokenize'
import { MAX_QUERY_CODE_POINTS } from '../../api/search'

const messages = defineMessages({
  id: {
    label: 'Cari di artikel tersimpan',
    placeholder: 'mis. tarif, Alaska',
    found: (shown: string, total: string, q: string) =>
      `${shown} dari ${total} artikel tersimpan cocok dengan “${quotable(q)}”`,
    none: (q: string) => `Tidak ada artikel tersimpan yang cocok dengan “${quotable(q)}”.`,
  },
  en: {
    label: 'Search saved articles',
    placeholder: 'e.g. tarif, Alaska',
    found: (shown: string, total: string, q: string) => `${shown} of ${total} saved articles match “${quotable(q)}”`,
    none: (q: string) => `No saved article matches “${quotable(q)}”.`,
  },
})

/** Every text of a snapshot a reader may remember: headline, lead, captions, names, paragraphs. */
function snapshotTexts({ article }: Bookmark): string[] {
  const texts = [article.title, article.dek, article.hero.caption, ...article.entities.map((entity) => entity.name)]
  if ('body' in article)
    for (const block of article.body) {
      if (block.type === 'paragraph') texts.push(block.text)
      else if (block.type === 'figure') texts.push(block.photo.caption)
    }
  return texts
}

type Indexed = { bookmark: Bookmark; terms: ReadonlySet<string>; stems: ReadonlySet<string>; folded: string }

function indexBookmark(bookmark: Bookmark): Indexed {
  const words = snapshotTexts(bookmark).map((text) => tokenize(text).map((token) => token.term))
  const terms = new Set(words.flat())
  return {
    bookmark,
    terms,
    stems: new Set([...terms].map((term) => stem(term))),
    // Texts apart, so a phrase never runs from one into the next.
    folded: words.map((list) => ` ${list.join(' ')} `).join('\n'),
  }
}

function matchesWord(entry: Indexed, word: string, typos: boolean): boolean {
  if (entry.terms.has(word) || entry.stems.has(stem(word))) return true
  const budget = typos ? typoBudget(word) : 0
  if (budget === 0) return false
  for (const term of entry.terms) if (editDistanceWithin(word, term, budget) !== null) return true
  return false
}

/**
 * The saved articles that hold every word (as itself or its stem) and every
 * quoted phrase; only when none does, words within a typo too, as the API does.
 * Null while nothing searchable is typed, so the page shows them all.
 */
export function useBookmarkSearch(items: readonly Bookmark[], text: string): Bookmark[] | null {
  const query = useMemo(() => parseSearchQuery(text), [text])
  const searching = query.words.length > 0 || query.phrases.length > 0
  // Folding and stemming every saved article is work: done only once the reader searches.
  const index = useMemo(() => (searching ? items.map(indexBookmark) : null), [items, searching])
  return useMemo(() => {
    if (!index) return null
    const find = (typos: boolean) =>
      index
        .filter(
          (entry) =>
            query.words.every((word) => matchesWord(entry, word, typos)) &&
            query.phrases.every((phrase) => entry.folded.includes(` ${phrase.join(' ')} `)),
        )
        .map((entry) => entry.bookmark)
    const exact = find(false)
    return exact.length > 0 ? exact : find(true)
  }, [index, query])
}

type BookmarkSearchProps = {
  items: readonly Bookmark[]
  query: string
  onQuery: (query: string) => void
  found: Bookmark[] | null
}

/** The field, and how many of the saved articles it found. */
export function BookmarkSearch({ items, query, onQuery, found }: BookmarkSearchProps) {
  const t = useMessages(messages)
  const language = useLanguage()
  const q = query.trim()
  return (
    <div className="mt-6">
      <SearchField
        label={t.label}
        value={query}
        onChange={(value) => onQuery(value.slice(0, MAX_QUERY_CODE_POINTS))}
        placeholder={t.placeholder}
      />
      <p role="status" aria-live="polite" className={found ? 'mt-2 text-sm text-ink-soft' : 'sr-only'}>
        {found &&
          (found.length === 0
            ? t.none(q)
            : t.found(formatNumber(found.length, language), formatNumber(items.length, language), q))}
      </p>
    </div>
  )
}
