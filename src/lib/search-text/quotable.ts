// Apart from the query parser: the search page's text needs this alone, not the parser's words and stop words.

/** The quote marks a reader may type around a phrase. */
export const QUOTE_MARKS = '"“”„«»'
const QUOTE_MARK = new RegExp(`[${QUOTE_MARKS}]`)

/**
 * The reader's query to quote in a sentence: one "quoted phrase" without its quotes, since the sentence puts its
 * own around it (“"gencatan senjata"” read as a typo). Anything else is quoted as typed.
 */
export function quotable(query: string): string {
  const inner = query.slice(1, -1)
  return query.length > 1 && QUOTE_MARK.test(query[0]!) && QUOTE_MARK.test(query.at(-1)!) && !QUOTE_MARK.test(inner)
    ? inner
    : query
}
