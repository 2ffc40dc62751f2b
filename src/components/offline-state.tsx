import { bookmarkMessages } from '../lib/bookmark-messages'
import { useMessages } from '../lib/i18n'

/** In place of a spinner while offline: the page says it waits for the network. */
export function OfflineState({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const t = useMessages(bookmarkMessages)
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <div role="status" className="mx-auto max-w-prose rounded-xl border border-line bg-surface p-6">
      <title>{`${t.offlineTitle} · Warta`}</title>
      <Heading tabIndex={-1} className="text-lg font-semibold">{t.offlineTitle}</Heading>
      <p className="mt-1 text-ink-soft">{t.offlineArticle}</p>
    </div>
  )
}
