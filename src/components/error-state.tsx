import { ApiError } from '../api/client'
import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { StatusHeading } from './status-heading'

/** The reader-facing explanation of a failure: never a stack trace. */
function useErrorMessage(): (error: unknown) => string {
  const t = useMessages(sharedMessages)
  return (error) => {
    if (!(error instanceof ApiError)) return t.errorUnknown
    if (error.kind === 'network') return t.errorNetwork
    if (error.kind === 'timeout') return t.errorTimeout
    if (error.kind === 'invalid') return t.errorInvalid
    if (error.status !== undefined && error.status < 500) return t.errorRequest
    return t.errorServer
  }
}

/** A whole page that could not load: names itself in the title bar, offers retry. */
export function PageErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="mx-auto max-w-prose">
      <ErrorState error={error} onRetry={onRetry} headingLevel={1} />
    </div>
  )
}

type ErrorStateProps = { error: unknown; onRetry?: () => void; title?: string; headingLevel?: 1 | 2 | 3 }

export function ErrorState({ error, onRetry, title, headingLevel = 2 }: ErrorStateProps) {
  const t = useMessages(sharedMessages)
  const describe = useErrorMessage()
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <StatusHeading level={headingLevel} className="text-lg font-semibold">
        {title ?? t.errorTitle}
      </StatusHeading>
      <p className="mt-1">{describe(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} className="btn-primary mt-4">
          {t.retry}
        </button>
      )}
    </div>
  )
}
