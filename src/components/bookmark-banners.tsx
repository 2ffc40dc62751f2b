import { bookmarkMessages } from '../lib/bookmark-messages'
import { getBookmarkStore, useBookmarkState, type StorageProblem, type WriteFailure } from '../lib/bookmark-store'
import { useMessages } from '../lib/i18n'
import { useOnline } from '../lib/online-status'

type Messages = (typeof bookmarkMessages)['id']

function problemText(problem: StorageProblem, t: Messages): string {
  if (problem.kind === 'unavailable') return t.unavailable
  if (problem.kind === 'newer') return t.newer
  if (!problem.setAside) return t.corruptNotSetAside
  return problem.unreadable === 'all' ? t.corruptAll : t.corruptSome(problem.unreadable)
}

function failureText(failure: WriteFailure, t: Messages): string {
  if (failure.reason === 'readOnly') return t.readOnlyFailed
  if (failure.action === 'remove') return t.removeFailed
  if (failure.action === 'import') return t.importFailed
  return t.saveFailed
}

function Banner({
  tone,
  role,
  children,
  onDismiss,
}: {
  tone: 'info' | 'warning' | 'error'
  role?: 'alert'
  children: string
  onDismiss?: () => void
}) {
  const t = useMessages(bookmarkMessages)
  const colours = {
    info: 'border-line bg-muted text-ink',
    warning:
      'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100',
    error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100',
  }[tone]
  return (
    <div role={role} className={`border-b ${colours}`}>
      <div className="mx-auto flex max-w-6xl items-start gap-3 px-4 py-2.5 text-sm">
        <p className="flex-1">{children}</p>
        {onDismiss && (
          <button
            type="button"
            onClick={onDismiss}
            className="shrink-0 cursor-pointer rounded px-2 font-semibold underline underline-offset-2"
          >
            {t.dismiss}
          </button>
        )}
      </div>
    </div>
  )
}

/** The shell's notices: offline, storage that cannot be used or read, and a write that failed. */
export function BookmarkBanners() {
  const t = useMessages(bookmarkMessages)
  const online = useOnline()
  const { problem, failure, access } = useBookmarkState()
  const store = getBookmarkStore()
  return (
    <>
      {/* Always in the page, so that going offline is announced. */}
      <div role="status">{!online && <Banner tone="info">{t.offline}</Banner>}</div>
      {problem && (
        <Banner tone="warning" role="alert" onDismiss={access === 'read-write' ? store.dismissProblem : undefined}>
          {problemText(problem, t)}
        </Banner>
      )}
      {failure && (
        <Banner key={failure.id} tone="error" role="alert" onDismiss={store.dismissFailure}>
          {failureText(failure, t)}
        </Banner>
      )}
    </>
  )
}
