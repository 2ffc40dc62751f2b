import { useRef } from 'react'
import type { Photo } from '../api/schemas'
import { CONTENT_LANGUAGE, defineMessages, useMessages } from '../lib/i18n'
import { useModalDialog } from './use-modal-dialog'

const messages = defineMessages({
  id: { enlarge: (alt: string) => `Perbesar foto: ${alt}`, close: 'Tutup', photo: 'Foto' },
  en: { enlarge: (alt: string) => `Enlarge photo: ${alt}`, close: 'Close', photo: 'Photo' },
})

/** "Foto: Sputnik/Kristina Kormilitsyna; Getty Images/Rebecca Noble" */
function CreditLine({ credits }: { credits: string[] }) {
  const t = useMessages(messages)
  if (credits.length === 0) return null
  return <span className="credit">{`${t.photo}: ${credits.join('; ')}`}</span>
}

type PhotoFigureProps = { photo: Photo; priority?: boolean; className?: string }

/** A photo with its caption and credits; it opens larger in a dialog. */
export function PhotoFigure({ photo, priority = false, className }: PhotoFigureProps) {
  const t = useMessages(messages)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const { ref: dialogRef, open, show, close, onClose } = useModalDialog(() => triggerRef.current?.focus())

  // The dialog is the figure's sibling: a <figure> holds its content and one caption, first or last.
  return (
    <>
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
        <figcaption lang={CONTENT_LANGUAGE} className="mt-2 text-sm text-ink-soft">
          {photo.caption} <CreditLine credits={photo.credits} />
        </figcaption>
      </figure>
      <dialog ref={dialogRef} aria-label={photo.caption || photo.alt} onClose={onClose} className="photo-dialog">
        {open && (
          <div className="flex max-h-[92vh] flex-col gap-3 p-3 sm:p-4">
            <div className="flex justify-end">
              <button type="button" onClick={close} className="btn-secondary">
                {t.close}
              </button>
            </div>
            <img
              src={photo.src}
              width={photo.width}
              height={photo.height}
              alt={photo.alt}
              className="max-h-[75vh] w-auto object-contain"
            />
            <p lang={CONTENT_LANGUAGE} className="text-sm">
              {photo.caption} <CreditLine credits={photo.credits} />
            </p>
          </div>
        )}
      </dialog>
    </>
  )
}
