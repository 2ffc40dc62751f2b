import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '../../lib/i18n'
import type { Bookmark } from '../../reader-data/bookmark-format'
import { bookmarksPageMessages } from './messages'

export const UNDO_MS = 8000

export type Removal = { id: number; items: Bookmark[] }

type UndoBarProps = {
  removal: Removal | null
  onUndo: (items: Bookmark[]) => void
  /** The time is up; `hadFocus`: focus was on the bar, which is about to go, so the page should take it. */
  onExpire: (hadFocus: boolean) => void
}

/**
 * "Dihapus: … Urungkan" after a removal. Focus goes to its button, so that
 * undo is one key away (the removed item's own button is gone). It lasts a few
 * seconds: never while the reader's pointer is on the button or the reader has
 * moved focus there themselves, but the focus it moves there itself does not
 * hold it, or the undo would never expire.
 */
export function UndoBar({ removal, onUndo, onExpire }: UndoBarProps) {
  const t = useMessages(bookmarksPageMessages)
  const messageId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const focusingItself = useRef(false)
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const paused = hovered || focused

  useEffect(() => {
    if (!removal) return
    focusingItself.current = true
    buttonRef.current?.focus()
    focusingItself.current = false
  }, [removal])

  useEffect(() => {
    if (!removal || paused) return
    const timer = setTimeout(
      () => onExpire(buttonRef.current !== null && buttonRef.current === document.activeElement),
      UNDO_MS,
    )
    return () => clearTimeout(timer)
  }, [removal, paused, onExpire])

  const message = !removal
    ? ''
    : removal.items.length === 1
      ? t.removedOne(removal.items[0]!.article.title)
      : t.removedMany(removal.items.length)
  return (
    // The live region stays in the page, so that each removal is announced.
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      {removal && (
        <div className="pointer-events-auto flex w-full max-w-xl items-center gap-3 rounded-xl bg-ink px-4 py-3 text-canvas shadow-lg">
          <p id={messageId} className="line-clamp-2 min-w-0 flex-1 text-sm">
            {message}
          </p>
          <button
            ref={buttonRef}
            type="button"
            aria-describedby={messageId}
            onClick={() => onUndo(removal.items)}
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
            onFocus={() => setFocused(!focusingItself.current)}
            onBlur={() => setFocused(false)}
            className="shrink-0 cursor-pointer rounded-md px-3 py-1.5 font-semibold text-canvas underline underline-offset-2 hover:bg-white/10"
          >
            {t.undo}
          </button>
        </div>
      )}
    </div>
  )
}
