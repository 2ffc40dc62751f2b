import { useDeferredValue, useId, useRef, type ReactNode } from 'react'
import { useModalDialog } from '../../components/use-modal-dialog'
import { useMessages } from '../../lib/i18n'
import { feedMessages } from './messages'
import { Icon } from '../../components/icon'

type FilterSheetProps = {
  activeCount: number
  /** What the footer button says: how many articles the reader will see. */
  resultsLabel: string
  children: ReactNode
}

/**
 * On a phone the filter panel opens in a modal sheet (native <dialog>: focus
 * is kept inside, Esc closes, focus returns to the button that opened it).
 */
export function FilterSheet({ activeCount, resultsLabel, children }: FilterSheetProps) {
  const t = useMessages(feedMessages)
  const headingId = useId()
  const triggerRef = useRef<HTMLButtonElement>(null)
  const { ref: dialogRef, show, close, onClose } = useModalDialog(() => triggerRef.current?.focus())
  // The panel (48 rows) is built in a background render after the first screen, not in its task;
  // it is there before the reader can open the sheet, so the keyboard finds it at once.
  const built = useDeferredValue(true, false)
  // On a phone the filter's search is in the sheet: `search` opens it there.

  return (
    <>
      <button ref={triggerRef} type="button" onClick={show} aria-haspopup="dialog" className="btn-secondary">
        <Icon name="filter" />
        {t.openFilter}
        {activeCount > 0 && (
          <span className="rounded-full bg-brand px-1.5 text-xs leading-5 text-surface">
            <span className="sr-only">, </span>
            {t.activeCount(activeCount)}
          </span>
        )}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={headingId}
        onClose={onClose}
        className="fixed inset-x-0 top-auto bottom-0 m-0 max-h-[88dvh] w-full max-w-none rounded-t-2xl border border-line bg-canvas p-0 text-ink shadow-2xl backdrop:bg-black/55"
      >
        {/* Its frame always rendered, so that showModal() can focus its first control. */}
        <div className="flex max-h-[88dvh] flex-col">
          <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-3">
            <h2 id={headingId} className="font-serif text-xl font-bold">
              {t.filterHeading}
            </h2>
            <button type="button" onClick={close} className="btn-secondary">
              {t.closeFilter}
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 py-4">{built && children}</div>
          <div className="border-t border-line px-4 py-3">
            <button type="button" onClick={close} className="btn-primary w-full">
              {resultsLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  )
}
