import { formatDateTime } from '../lib/format'
import { useLanguage, useMessages } from '../lib/i18n'
import { savedArticleMessages } from './saved-article-messages'

/** A quiet note on an article opened from its bookmark because the network version could not be loaded. */
export function SavedCopyNotice({ savedAt, summaryOnly = false }: { savedAt: string; summaryOnly?: boolean }) {
  const t = useMessages(savedArticleMessages)
  const language = useLanguage()
  return (
    // The width in the body's font size, so that the note lines up with the header below it.
    <div role="status" className="mx-auto mb-6 max-w-prose">
      <div className="rounded-lg border border-line bg-muted px-4 py-3 text-sm text-ink-soft">
        <p>{t.savedCopy(formatDateTime(savedAt, language))}</p>
        {summaryOnly && <p className="mt-1">{t.savedCopySummaryOnly}</p>}
      </div>
    </div>
  )
}
