import { useMessages } from '../lib/i18n'
import { savedArticleMessages } from './saved-article-messages'

/** One notice of the shell, under the header. */
export function Banner({
  tone,
  role,
  children,
  onDismiss,
}: {
  tone: 'info' | 'warning' | 'error'
  role?: 'alert'
  children: string
  onDismiss?: (() => void) | undefined
}) {
  const t = useMessages(savedArticleMessages)
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
