// Apart from the query parser: the search page's text needs this alone, not the parser's words and stop words.
/**
 * The reader's query to quote in a sentence: one "quoted phrase" without its quotes, since the sentence puts its
 * own around it (“"gencatan senjata"” read as a typo). Anything else is quoted as typed.
 */
/** The quote marks a reader may type around a phrase. */
export const QUOTE_MARKS = '"“”„«»'

export function quotable(query: string): string {
  const inner = query.slice(1, -1)
  const quote = new RegExp(`[${QUOTE_MARKS}]`)
  return query.length > 1 && quote.test(query[0]!) && quote.test(query.at(-1)!) && !quote.test(inner) ? inner : query
}
