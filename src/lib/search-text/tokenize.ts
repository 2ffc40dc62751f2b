// Search text folding and tokenizing, shared by the mock API's search engine,
// its entity annotator, and the client's entity and offline bookmark search, so
// all of them agree on what a word is. Pure: no DOM, no React, no Node.

/** A word of a text: its folded form and where it stands in the original (UTF-16 offsets, end exclusive). */
export interface Token {
  term: string
  start: number
  end: number
}

// Letters that do not decompose under NFD but are read as their base letter.
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
  ŋ: 'n',
  ħ: 'h',
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const MARK = /\p{M}/u
// Zero-width and bidi controls, soft hyphen, variation selectors: invisible, so they join what they sit in.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
]

function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)
}
// Inside a word these join rather than split: "J.D." is "jd", "Jum'at" is "jumat", "1.000" is "1000".
const JOINER = /['’ʼ.]/u

const foldCache = new Map<string, string>()

/** One code point, folded: lowercase, no diacritics, special letters as their base; '' for marks. */
function foldLetter(char: string): string {
  const cached = foldCache.get(char)
  if (cached !== undefined) return cached
  let out = ''
  for (const c of char.toLowerCase().normalize('NFD')) {
    if (MARK.test(c)) continue
    out += EXTRA_FOLDS[c] ?? c
  }
  if (foldCache.size < 4096) foldCache.set(char, out)
  return out
}

function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char)
}

/**
 * The words of a text, folded (lowercase, no diacritics, ı ł ø đ ß æ œ as their
 * base letters), with their offsets in the original text. Anything that is not
 * a letter or digit splits words (punctuation, hyphens: "sanksi-sanksi" is two
 * words), except an apostrophe or a period between two word characters; zero-width
 * and bidi controls are dropped. A combining mark belongs to the word it follows.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  forEachToken(text, (term, start, end) => {
    tokens.push({ term, start, end })
  })
  return tokens
}

/** What tokenize gives, one word at a time, without an object per word: for indexing many texts. */
export function forEachToken(text: string, visit: (term: string, start: number, end: number) => void): void {
  let term = ''
  // Where the ASCII letters and digits not yet copied into `term` begin (they run to `end`): copied in one slice.
  let run = -1
  let start = -1
  let end = -1
  let pendingJoiner = false
  let index = 0
  while (index < text.length) {
    const at = index
    const code = text.charCodeAt(index)
    // ASCII first, without a string per character: most of every text is.
    if (code < 0x80) {
      index++
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
        if (start === -1) start = at
        else if (pendingJoiner) pendingJoiner = false
        if (run === -1) run = at
        end = index
        continue
      }
      if (start !== -1 && !pendingJoiner && end === at && (code === 39 || code === 46)) {
        term += text.slice(run, end).toLowerCase()
        run = -1
        pendingJoiner = true
        continue
      }
      if (start !== -1) visit(run === -1 ? term : term + text.slice(run, end).toLowerCase(), start, end)
      run = -1
      term = ''
      start = -1
      pendingJoiner = false
      continue
    }
    if (run !== -1) {
      term += text.slice(run, end).toLowerCase()
      run = -1
    }
    const char = String.fromCodePoint(text.codePointAt(index)!)
    index += char.length
    if (isWordChar(char)) {
      const folded = foldLetter(char)
      if (folded === '') continue
      if (start === -1) start = at
      else if (pendingJoiner) pendingJoiner = false
      term += folded
      end = index
      continue
    }
    if (MARK.test(char) || isInvisible(char)) {
      if (start !== -1 && end === at) end = index
      continue
    }
    if (start !== -1 && !pendingJoiner && end === at && JOINER.test(char)) {
      pendingJoiner = true
      continue
    }
    if (start !== -1) visit(term, start, end)
    term = ''
    start = -1
    pendingJoiner = false
  }
  if (start !== -1) visit(run === -1 ? term : term + text.slice(run, end).toLowerCase(), start, end)
}

/** The folded words of a text joined by single spaces: a text's key for comparing and matching. */
export function foldText(text: string): string {
  return tokenize(text)
    .map((token) => token.term)
    .join(' ')
}

/** Length in code points, as a reader counts characters (an emoji is one). */
export function codePointLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
