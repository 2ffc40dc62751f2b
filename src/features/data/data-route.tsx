// "Data Anda": every kind of reader data, listed alike through its description
// (readerData.kinds): how much is stored, delete (confirmed, undoable), the
// copies set aside, and one export / import file for all of it.
import { useEffect, useId, useReducer, useRef, useState, type ChangeEvent } from 'react'
import { download, exportFileName } from '../../lib/download'
import { formatDateTime } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import { exportBundle, importBundle } from '../../reader-data/bundle'
import type { StoredKind } from '../../reader-data/kind-store'
import { useReaderData } from '../../reader-data/reader-data'
import { dataMessages } from './messages'
import { compareText } from '../../lib/compare'
import { ConfirmButton } from '../../components/confirm-button'

type DataMessages = (typeof dataMessages)['id']
/** Said in the language shown when it is read, not the one of the moment it happened (deleting the settings may switch it). */
type Notice = { say: (t: DataMessages) => string; undo?: () => void } | null

/** Kilobytes with one decimal, never 0 for something stored. */
const kilobytes = (bytes: number) => Math.max(0.1, Math.round(bytes / 102.4) / 10)

export function Component() {
  const t = useMessages(dataMessages)
  const { kinds } = useReaderData()
  const [notice, setNotice] = useState<Notice>(null)
  return (
    <div className="mx-auto max-w-3xl">
      <title>{t.pageTitle}</title>
      <h1 tabIndex={-1} className="font-serif text-3xl font-black tracking-tight outline-none sm:text-4xl">
        {t.title}
      </h1>
      <p className="mt-3 text-ink-soft">{t.intro}</p>
      <div role="status" className="mt-4 empty:hidden">
        {notice && (
          <p className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-muted px-3 py-2 text-sm">
            <span>{notice.say(t)}</span>
            {notice.undo && (
              <button type="button" className="btn-secondary" onClick={notice.undo}>
                {t.undo}
              </button>
            )}
          </p>
        )}
      </div>
      <StoredKinds kinds={kinds} onNotice={setNotice} />
      <Transfer kinds={kinds} onNotice={setNotice} />
      <SetAside />
    </div>
  )
}

function useKindsChanging(kinds: StoredKind[]) {
  const [, changed] = useReducer((count: number) => count + 1, 0)
  useEffect(() => {
    const stops = kinds.map((kind) => kind.subscribe(changed))
    return () => stops.forEach((stop) => stop())
  }, [kinds])
}

function StoredKinds({ kinds, onNotice }: { kinds: StoredKind[]; onNotice: (notice: Notice) => void }) {
  const t = useMessages(dataMessages)
  const headingId = useId()
  useKindsChanging(kinds)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The button is disabled once its kind is empty: the focus waits on the section's heading, during the undo too
  // (its button goes with the notice).
  const remove = async (kind: StoredKind) => {
    headingRef.current?.focus()
    const held = await kind.clear()
    if (held === null) return onNotice({ say: (t) => t.removeFailed(t.kindName(kind.name)) })
    onNotice({
      say: (t) => t.removed(t.kindName(kind.name)),
      undo: () => {
        headingRef.current?.focus()
        onNotice(null)
        void kind
          .importDocument(held)
          .then((ok) => onNotice({ say: (t) => (ok ? t.restored : t.removeFailed)(t.kindName(kind.name)) }))
      },
    })
  }

  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="font-serif text-2xl font-bold outline-none">
        {t.storedHeading}
      </h2>
      <ul className="mt-3 flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
        {kinds.map((kind) => {
          const { count, bytes } = kind.summary()
          const name = t.kindName(kind.name)
          return (
            <li key={kind.name} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <h3 className="font-semibold">{name}</h3>
                <p className="text-sm text-ink-soft">
                  {t.items(count)}
                  {/* An empty kind's bookkeeping is no size to show beside "0 butir". */}
                  {count > 0 && (
                    <>
                      <span aria-hidden="true"> · </span>
                      {t.size(kilobytes(bytes))}
                    </>
                  )}
                </p>
              </div>
              <ConfirmButton
                label={t.remove(name)}
                question={t.confirm(name, count)}
                confirmLabel={t.confirmYes}
                cancelLabel={t.cancel}
                disabled={count === 0}
                onOpen={() => onNotice(null)}
                onConfirm={() => void remove(kind)}
              />
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Transfer({ kinds, onNotice }: { kinds: StoredKind[]; onNotice: (notice: Notice) => void }) {
  const t = useMessages(dataMessages)
  const headingId = useId()
  const exportAll = () => {
    const fileName = exportFileName('data', new Date())
    download(exportBundle(kinds, new Date()), fileName)
    onNotice({ say: (t) => t.exported(fileName) })
  }
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = '' // the same file can be chosen again
    if (!file) return
    onNotice(null)
    const outcome = await importBundle(kinds, await file.text())
    if (!outcome.ok) return onNotice({ say: (t) => (outcome.reason === 'notJson' ? t.importNotJson : t.importForeign) })
    const { imported, failed } = outcome
    onNotice({
      say: (t) => {
        const names = (list: string[]) => list.map((name) => t.kindName(name)).join(', ')
        const parts = [
          imported.length > 0 && t.imported(names(imported)),
          failed.length > 0 && t.importPartly(names(failed)),
        ]
        return parts.filter(Boolean).join(' ')
      },
    })
  }
  return (
    <section aria-labelledby={headingId} className="mt-10 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h2 id={headingId} className="font-serif text-xl font-bold">
        {t.transferHeading}
      </h2>
      <p className="mt-1 text-sm text-ink-soft">{t.transferBody}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={exportAll}>
          {t.exportAll}
        </button>
        <label className="btn-secondary has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)]">
          {t.importFile}
          <input type="file" accept="application/json,.json" className="sr-only" onChange={importFile} />
        </label>
      </div>
    </section>
  )
}

/** `warta:<kind>:set-aside:<reason>:<ISO time>` */
function parseSetAsideKey(key: string) {
  const match = /^warta:([^:]+):set-aside:([^:]+):(.+)$/.exec(key)
  return match ? { kind: match[1]!, reason: match[2]!, time: match[3]! } : null
}

function SetAside() {
  const t = useMessages(dataMessages)
  const language = useLanguage()
  const readerData = useReaderData()
  const headingId = useId()
  const [copies, setCopies] = useState<{ key: string; value: unknown }[] | null>(null)
  useEffect(() => {
    let current = true
    readerData.listSetAside().then(
      (list) => current && setCopies(list.sort((a, b) => compareText(b.key, a.key))),
      () => current && setCopies([]),
    )
    return () => {
      current = false
    }
  }, [readerData])
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="font-serif text-xl font-bold">
        {t.setAsideHeading}
      </h2>
      <p className="mt-1 text-sm text-ink-soft">{t.setAsideBody}</p>
      {copies?.length === 0 && <p className="mt-3">{t.setAsideNone}</p>}
      {copies && copies.length > 0 && (
        <ul className="mt-3 flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
          {copies.map(({ key, value }) => {
            const parsed = parseSetAsideKey(key)
            const time = parsed && !Number.isNaN(Date.parse(parsed.time)) ? parsed.time : null
            const label = parsed
              ? `${t.kindName(parsed.kind)}: ${t.setAsideReason(parsed.reason)}${time ? `, ${formatDateTime(time, language)}` : ''}`
              : key
            return (
              <li key={key} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <span>{label}</span>
                <button
                  type="button"
                  className="btn-secondary"
                  aria-label={`${t.download}: ${label}`}
                  onClick={() =>
                    download(
                      typeof value === 'string' ? value : JSON.stringify(value, null, 2),
                      `${key.replaceAll(':', '-')}.json`,
                    )
                  }
                >
                  {t.download}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
