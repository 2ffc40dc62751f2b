import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

type ConfirmButtonProps = {
  /** The button's text, naming what goes ("Hapus semua", "Hapus tanda sudah dibaca"). */
  label: string
  /** Asked in the button's place ("Hapus semua 3 artikel tersimpan?"). */
  question: string
  confirmLabel: string
  cancelLabel: string
  disabled?: boolean
  className?: string
  onOpen?: () => void
  /** Does the deleting, and moves the focus: the button may be gone, or disabled, once there is nothing left. */
  onConfirm: () => void
}

/**
 * A deletion asked twice, in place: the button turns into its question, with the answer that keeps things first
 * (it has the focus; Escape is the same answer, and the focus goes back to the button). The same on /bookmarks
 * and /data.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  cancelLabel,
  disabled = false,
  className = 'btn-secondary',
  onOpen,
  onConfirm,
}: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false)
  const questionId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const cancelled = useRef(false)

  useEffect(() => {
    if (confirming) cancelRef.current?.focus()
    else if (cancelled.current) openRef.current?.focus()
    cancelled.current = false
  }, [confirming])

  const cancel = () => {
    cancelled.current = true
    setConfirming(false)
  }
  const cancelOnEscape = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape') cancel()
  }

  if (!confirming) {
    return (
      <button
        ref={openRef}
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => {
          onOpen?.()
          setConfirming(true)
        }}
      >
        {label}
      </button>
    )
  }
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="flex w-full flex-wrap items-center gap-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <p id={questionId} className="min-w-0 basis-full text-sm sm:flex-1 sm:basis-auto">
        {question}
      </p>
      <button
        ref={cancelRef}
        type="button"
        className="btn-secondary min-h-9 px-3 py-1 text-sm"
        onClick={cancel}
        onKeyDown={cancelOnEscape}
      >
        {cancelLabel}
      </button>
      <button
        type="button"
        className="inline-flex min-h-9 cursor-pointer items-center rounded-[0.6rem] bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800"
        onKeyDown={cancelOnEscape}
        onClick={() => {
          setConfirming(false)
          onConfirm()
        }}
      >
        {confirmLabel}
      </button>
    </div>
  )
}
