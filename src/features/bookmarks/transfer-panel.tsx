import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react'
import { savedArticleMessages } from '../../components/saved-article-messages'
import { formatNumber } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS } from '../../reader-data/bookmark-format'
import type { ImportOutcome } from '../../reader-data/bookmarks'
import { readImportFile, type ImportProgress } from '../../reader-data/import-file'
import { useReaderData } from '../../reader-data/reader-data'
import { bookmarksPageMessages } from './messages'
import { download, exportFileName } from '../../lib/download'
import { Icon } from '../../components/icon'

type Messages = (typeof bookmarksPageMessages)['id']
type Result = { tone: 'done' | 'refused'; text: string } | null

/** How long a result's place stays empty before it is shown, so that screen readers take the new text as news. */
const ANNOUNCE_AFTER_MS = 100

function describe(
  outcome: ImportOutcome | { ok: false; reason: 'unreadable' },
  t: Messages,
  shared: (typeof savedArticleMessages)['id'],
  language: ReturnType<typeof useLanguage>,
): Result {
  if (outcome.ok)
    return {
      tone: 'done',
      text: t.imported(formatNumber(outcome.added, language), formatNumber(outcome.skipped, language)),
    }
  const text = {
    notJson: t.refusedNotJson,
    foreign: t.refusedForeign,
    newer: t.refusedNewer,
    tooLarge: t.refusedTooLarge(
      formatNumber(MAX_IMPORT_BYTES / 1024 / 1024, language),
      formatNumber(MAX_IMPORT_ITEMS, language),
    ),
    unreadable: t.refusedUnreadable,
    storage: shared.importFailed,
    readOnly: t.readOnly,
  }[outcome.reason]
  return { tone: 'refused', text }
}

/** Export to a JSON file and import one: the reader's bookmarks are theirs to take away. */
export function TransferPanel({ count, canImport }: { count: number; canImport: boolean }) {
  const t = useMessages(bookmarksPageMessages)
  const shared = useMessages(savedArticleMessages)
  const language = useLanguage()
  const bookmarks = useReaderData().bookmarks
  const headingId = useId()
  const progressId = useId()
  const [result, setResult] = useState<Result>(null)
  /** While a file is read and checked (off the main thread): how far it got, null before the count is known. */
  const [progress, setProgress] = useState<ImportProgress | null | 'idle'>('idle')
  const showTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(showTimer.current), [])

  /** Empties the result first, then shows the new one: a result like the last is announced again. */
  const clear = () => {
    clearTimeout(showTimer.current)
    setResult(null)
  }
  const show = (next: Result) => {
    clear()
    showTimer.current = setTimeout(() => setResult(next), ANNOUNCE_AFTER_MS)
  }

  const exportFile = () => {
    const fileName = exportFileName('tersimpan', new Date())
    download(bookmarks.exportFile(), fileName)
    show({ tone: 'done', text: t.exported(fileName, count) })
  }

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = '' // the same file can be chosen again
    if (!file) return
    clear()
    setProgress(null)
    const parsed = await readImportFile(file, setProgress)
    const outcome = parsed.ok || parsed.reason !== 'unreadable' ? await bookmarks.importParsed(parsed) : parsed
    setProgress('idle')
    show(describe(outcome, t, shared, language))
  }
  const importing = progress !== 'idle'

  return (
    <section aria-labelledby={headingId} className="mt-10 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h2 id={headingId} className="font-semibold">
        {t.transferTitle}
      </h2>
      <p className="mt-1 text-sm text-ink-soft">{t.transferBody}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={exportFile} disabled={count === 0}>
          <Icon name="download" />
          {t.export}
        </button>
        {canImport && (
          // Its input is disabled while an import runs; the label only looks it (aria-disabled is not for labels).
          <label className="btn-secondary has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)]">
            <Icon name="upload" />
            {t.import}
            <input
              type="file"
              accept="application/json,.json"
              className="sr-only"
              disabled={importing}
              onChange={(event) => void importFile(event)}
            />
          </label>
        )}
      </div>
      {importing && (
        <div className="mt-3 flex flex-col gap-1 text-sm">
          <label htmlFor={progressId}>
            {progress === null
              ? t.importReading
              : t.importing(formatNumber(progress.done, language), formatNumber(progress.total, language))}
          </label>
          <progress id={progressId} className="w-full accent-brand" max={progress?.total} value={progress?.done} />
        </div>
      )}
      {/* Always in the page (hidden, a live region may not be heard); empty, it takes no room. */}
      <div role="status" className="mt-3 text-sm empty:mt-0">
        {result?.tone === 'done' ? result.text : ''}
      </div>
      {result?.tone === 'refused' && (
        <p
          role="alert"
          className="mt-3 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
        >
          {result.text}
        </p>
      )}
    </section>
  )
}
