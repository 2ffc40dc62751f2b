// Computes an article's entities and each paragraph's mention spans from the
// gazetteer's aliases. Built once per gazetteer (a trie over folded aliases);
// annotating an article walks the trie from every word start.

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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
const COMBINING_MARKS = /\p{M}+/gu
const DASH = /\p{Pd}/u
const SPACE = /[\s\p{Cc}]/u
// Letters that do not decompose under NFD but are read as their base letter; typographic quotes as ASCII.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '…': '...',
}
const SPECIAL = /[\s\p{Cc}]+|\p{Pd}|[ıłøđðþßæœ‘’‚‛“”„‟…]/gu

/** Folds one code point: lowercase, no diacritics, any dash to '-', any space or control to ' '. */
function foldCodePoint(char: string): string {
  if (SPACE.test(char)) return ' '
  if (DASH.test(char)) return '-'
  const lower = char.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '')
  let out = ''
  for (const c of lower) out += EXTRA_FOLDS[c] ?? c
  return out
}

/**
 * Folds text for case- and diacritics-insensitive search: lowercase, no
 * diacritics, whitespace and control runs become one space, ends trimmed.
 * Whole-string operations: this runs over every article when an index is built.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL, (c) => (DASH.test(c) ? '-' : (EXTRA_FOLDS[c] ?? ' ')))
    .trim()
}

interface Folded {
  folded: string
  /** origin[i] = index in the original text of the code point that produced folded[i]; origin[folded.length] = text.length. */
  origin: Int32Array
  /** originEnd[i] = index in the original text just past the code point that produced folded[i]. */
  originEnd: Int32Array
}

function foldWithMap(text: string): Folded {
  let folded = ''
  const origin: number[] = []
  const originEnd: number[] = []
  let index = 0
  for (const char of text) {
    const piece = foldCodePoint(char)
    for (let k = 0; k < piece.length; k++) {
      origin.push(index)
      originEnd.push(index + char.length)
    }
    folded += piece
    index += char.length
  }
  origin.push(text.length)
  return { folded, origin: Int32Array.from(origin), originEnd: Int32Array.from(originEnd) }
}

/** An all-capital alias of up to 3 letters (an acronym such as "AS") matches only exactly. */
function isShortCapital(alias: string): boolean {
  return /^\p{Lu}{1,3}$/u.test(alias)
}

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
      const key = foldWithMap(trimmed).folded
      const dedupe = `${entry.id}\u0000${exact ?? ''}\u0000${key}`
      if (seen.has(dedupe)) continue
      seen.add(dedupe)
      let node = root
      for (const char of key) {
        let child = node.next.get(char)
        if (!child) {
          child = newNode()
          node.next.set(char, child)
        }
        node = child
      }
      node.ends.push({ entityId: entry.id, exact })
    }
  }

  function findMentions(text: string): Span[] {
    const { folded, origin, originEnd } = foldWithMap(text)
    const candidates: Span[] = []
    for (let i = 0; i < folded.length; i++) {
      if (i > 0 && WORD_CHAR.test(folded[i - 1] ?? '')) continue
      let node: TrieNode | undefined = root
      for (let j = i; j < folded.length && node; j++) {
        node = node.next.get(folded[j] ?? '')
        if (!node || node.ends.length === 0) continue
        if (j + 1 < folded.length && WORD_CHAR.test(folded[j + 1] ?? '')) continue
        const start = origin[i] ?? 0
        const end = originEnd[j] ?? text.length
        // Folding may split one original code point; a match must cover whole code points.
        if ((j + 1 < folded.length ? (origin[j + 1] ?? text.length) : text.length) !== end) continue
        if (i > 0 && origin[i - 1] === start) continue
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
