import { useRef, useState } from 'react'

/**
 * A native <dialog> opened modally: focus stays inside and Esc closes it.
 * `onClosed` runs once however it closes (Esc, a button), the one place to
 * return focus. jsdom and old browsers lack showModal: the dialog then just opens.
 */
export function useModalDialog(onClosed?: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)

  const handleClose = () => {
    setOpen(false)
    onClosed?.()
  }
  const show = () => {
    setOpen(true)
    const dialog = ref.current
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal()
    else dialog?.setAttribute('open', '')
  }
  const close = () => {
    const dialog = ref.current
    if (dialog?.open && typeof dialog.close === 'function') dialog.close()
    else {
      dialog?.removeAttribute('open')
      handleClose()
    }
  }
  return { ref, open, show, close, onClose: handleClose }
}
