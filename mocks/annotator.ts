// Computes an article's entities and each paragraph's mention spans from the
// gazetteer's aliases. Built once per gazetteer (a trie over the folded words of aliases,
// src/lib/search-text); annotating an article walks the trie from every word.
import { tokenize } from '../src/lib/search-text/tokenize.ts'

export interface GazetteerEntry {
  id: string
  type: 'person' | 'country'
  name: string
  aliases: readonly string[]
}

interface Span {
  start: number
  end: number
  entityId: string
}

/** The parts of an article the annotator reads, in the order entities are listed. */
interface AnnotatableArticle {
  title: string
  heroCaption: string
  paragraphs: readonly string[]
  figureCaptions: readonly string[]
}

interface Annotation {
  /** Entity ids by first appearance: title, hero caption, paragraphs, figure captions. */
  entityIds: string[]
  /** Mention spans per paragraph, same order as the input paragraphs. */
  paragraphMentions: Span[][]
}

export interface Annotator {
  /** Mention spans in one text (UTF-16 indices, end exclusive), sorted by start. */
  findMentions(text: string): Span[]
  annotate(article: AnnotatableArticle): Annotation
}

/** An all-capital alias of up to 3 letters (an acronym such as "AS") matches only exactly. */
function isShortCapital(alias: string): boolean {
  return /^\p{Lu}{1,3}$/u.test(alias)
}

// Words of one name are apart by spaces or dashes only ("Kassym-Jomart", "Kim Jong-un"), never by other punctuation.
const NAME_GAP = /^[\s\p{Pd}]+$/u

interface TrieNode {
  next: Map<string, TrieNode>
  /** Aliases ending here; several when aliases fold alike (e.g. "Erdogan", "Erdoğan"). */
  ends: { entityId: string; exact: string | null }[]
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] })

export function createAnnotator(entries: readonly GazetteerEntry[]): Annotator {
  const root = newNode()
  const seen = new Set<string>()
  for (const entry of entries) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const trimmed = alias.trim()
      if (trimmed === '') continue
      const exact = isShortCapital(trimmed) ? trimmed : null
      const terms = tokenize(trimmed).map((token) => token.term)
      if (terms.length === 0) continue
      const dedupe = `${entry.id}\u0000${exact ?? ''}\u0000${terms.join(' ')}`
      if (seen.has(dedupe)) continue
      seen.add(dedupe)
      let node = root
      for (const term of terms) {
        let child = node.next.get(term)
        if (!child) {
          child = newNode()
          node.next.set(term, child)
        }
        node = child
      }
      node.ends.push({ entityId: entry.id, exact })
    }
  }

  function findMentions(text: string): Span[] {
    const tokens = tokenize(text)
    const candidates: Span[] = []
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = root
      for (let j = i; j < tokens.length && node; j++) {
        if (j > i && !NAME_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break
        node = node.next.get(tokens[j]!.term)
        if (!node || node.ends.length === 0) continue
        const start = tokens[i]!.start
        const end = tokens[j]!.end
        for (const hit of node.ends) {
          if (hit.exact !== null && text.slice(start, end) !== hit.exact) continue
          candidates.push({ start, end, entityId: hit.entityId })
          break
        }
      }
    }
    // Longest match wins; then the earlier one; no overlaps.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    const chosen: Span[] = []
    for (const candidate of candidates) {
      if (chosen.every((taken) => candidate.end <= taken.start || candidate.start >= taken.end)) chosen.push(candidate)
    }
    return chosen.sort((a, b) => a.start - b.start)
  }

  function annotate(article: AnnotatableArticle): Annotation {
    const entityIds: string[] = []
    const seenIds = new Set<string>()
    const note = (spans: readonly Span[]) => {
      for (const span of spans) {
        if (seenIds.has(span.entityId)) continue
        seenIds.add(span.entityId)
        entityIds.push(span.entityId)
      }
    }
    note(findMentions(article.title))
    note(findMentions(article.heroCaption))
    const paragraphMentions = article.paragraphs.map((text) => findMentions(text))
    for (const spans of paragraphMentions) note(spans)
    for (const caption of article.figureCaptions) note(findMentions(caption))
    return { entityIds, paragraphMentions }
  }

  return { findMentions, annotate }
}
