import type { QueryClient } from '@tanstack/react-query'
import { articleQueries } from '../api/articles'
import { sparingData } from '../lib/data-saver'

// A card seen for a second may be read next; a few at a time, so a long look
// at the feed never turns into a burst of article downloads and parses.
const AT_ONCE = 2
let running = 0
const waiting: (() => void)[] = []

function next() {
  running--
  waiting.shift()?.()
}

/**
 * Fetches an article into the cache before it is opened: at once on intent
 * (hover, focus, touch), in a short queue when a card has been seen; never
 * with data saver on or on a 2g link.
 */
export function prefetchArticle(queryClient: QueryClient, slug: string, { intent }: { intent: boolean }) {
  if (sparingData()) return
  const start = () => {
    running++
    void queryClient.prefetchQuery(articleQueries.detail(slug)).finally(next)
  }
  if (intent || running < AT_ONCE) start()
  else waiting.push(start)
}
