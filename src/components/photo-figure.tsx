import { useRef, useState } from 'react'
import type { Photo } from '../api/schemas'
import { defineMessages, useMessages } from '../lib/i18n'

const messages = defineMessages({
  id: { enlarge: (alt: string) => `Perbesar foto: ${alt}`, close: 'Tutup', photo: 'Foto' },
  en: { enlarge: (alt: string) => `Enlarge photo: ${alt}`, close: 'Close', photo: 'Photo' },
})

/** "Foto: Sputnik/Kristina Kormilitsyna; Getty Images/Rebecca Noble" */
export function CreditLine({ credits }: { credits: string[] }) {
  const t = useMessages(messages)
  if (credits.length === 0) return null
  return <span className="credit">{`${t.photo}: ${credits.join('; ')}`}</span>
}

type PhotoFigureProps = { photo: Photo; priority?: boolean; className?: string }

/** A photo with its caption and credits; it opens larger in a dialog. */
export function PhotoFigure({ photo, priority = false, className }: PhotoFigureProps) {
  const t = useMessages(messages)
  const [open, setOpen] = useState(false)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)

  const show = () => {
    setOpen(true)
    const dialog = dialogRef.current
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal()
    else dialog?.setAttribute('open', '')
  }
  const close = () => {
    const dialog = dialogRef.current
    if (dialog?.open && typeof dialog.close === 'function') dialog.close()
    else {
      dialog?.removeAttribute('open')
      onClosed()
    }
  }
  // Fires on Esc and on close(): one place returns focus to the photo.
  const onClosed = () => {
    setOpen(false)
    triggerRef.current?.focus()
  }

  return (
    <figure className={className}>
      <button
        ref={triggerRef}
        type="button"
        onClick={show}
        aria-label={t.enlarge(photo.alt)}
        aria-haspopup="dialog"
        className="block w-full cursor-zoom-in overflow-hidden rounded-lg"
      >
        <img
          src={photo.src}
          width={photo.width}
          height={photo.height}
          alt={photo.alt}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : 'auto'}
          decoding="async"
          className="h-auto w-full bg-muted"
        />
      </button>
      <figcaption className="mt-2 text-sm text-ink-soft">
        {photo.caption} <CreditLine credits={photo.credits} />
      </figcaption>
      <dialog
        ref={dialogRef}
        aria-label={photo.caption || photo.alt}
        onClose={onClosed}
        onCancel={() => undefined}
        className="photo-dialog"
      >
        {open && (
          <div className="flex max-h-[92vh] flex-col gap-3 p-3 sm:p-4">
            <div className="flex justify-end">
              <button type="button" onClick={close} className="btn-secondary">
                {t.close}
              </button>
            </div>
            <img src={photo.src} width={photo.width} height={photo.height} alt={photo.alt} className="max-h-[75vh] w-auto object-contain" />
            <p className="text-sm">
              {photo.caption} <CreditLine credits={photo.credits} />
            </p>
          </div>
        )}
      </dialog>
    </figure>
  )
}
