import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'

/** Data on screen whose refresh in the background failed: a quiet note that it may be old, with retry. */
export function StaleNotice({ onRetry }: { onRetry: () => void }) {
  const t = useMessages(sharedMessages)
  return (
    <div
      role="status"
      className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-line bg-muted px-4 py-2 text-sm text-ink-soft"
    >
      <p>{t.staleData}</p>
      <button type="button" className="btn-secondary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  )
}
