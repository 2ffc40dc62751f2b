// The shortcut help (`?`): loaded the first time it is asked for, not with the first screen.
import { useEffect, useRef } from 'react'
import { useModalDialog } from '../components/use-modal-dialog'
import { defineMessages, useMessages } from '../lib/i18n'

const messages = defineMessages({
  id: {
    title: 'Pintasan papan ketik',
    close: 'Tutup',
    next: 'Artikel berikutnya',
    previous: 'Artikel sebelumnya',
    open: 'Buka artikel yang dipilih',
    save: 'Simpan atau batal simpan artikel',
    search: 'Cari berita',
    home: 'Ke beranda',
    bookmarks: 'Ke artikel tersimpan',
    help: 'Tampilkan pintasan ini',
    then: 'lalu',
    or: 'atau',
  },
  en: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    next: 'Next article',
    previous: 'Previous article',
    open: 'Open the selected article',
    save: 'Save or unsave the article',
    search: 'Search news',
    home: 'Go to the front page',
    bookmarks: 'Go to saved articles',
    help: 'Show these shortcuts',
    then: 'then',
    or: 'or',
  },
})

/** The help dialog, open from the moment it mounts; `onClosed` when the reader closes it. */
export function ShortcutHelp({ onClosed }: { onClosed: () => void }) {
  const t = useMessages(messages)
  const { ref: helpRef, open, show, close, onClose } = useModalDialog(onClosed)
  // Opened once, when it first mounts.
  const shown = useRef(false)
  useEffect(() => {
    if (shown.current) return
    shown.current = true
    show()
  })

  const rows: [keys: string[][], label: string][] = [
    [[['j']], t.next],
    [[['k']], t.previous],
    [[['o'], ['Enter']], t.open],
    [[['b']], t.save],
    [[['/']], t.search],
    [[['g', 'h']], t.home],
    [[['g', 'b']], t.bookmarks],
    [[['?']], t.help],
  ]

  return (
    <dialog
      ref={helpRef}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="photo-dialog w-[min(92vw,28rem)]"
    >
      {open && (
        <div className="p-5">
          <div className="flex items-center justify-between gap-4">
            <h2 id="shortcuts-title" className="text-lg font-bold">
              {t.title}
            </h2>
            <button type="button" className="btn-secondary" onClick={close}>
              {t.close}
            </button>
          </div>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {rows.map(([alternatives, label]) => (
              <div key={label} className="contents">
                <dt className="whitespace-nowrap">
                  {alternatives.map((sequence, index) => (
                    <span key={sequence.join('+')}>
                      {index > 0 && ` ${t.or} `}
                      {sequence.map((key, keyIndex) => (
                        <span key={key}>
                          {keyIndex > 0 && ` ${t.then} `}
                          <kbd className="kbd">{key}</kbd>
                        </span>
                      ))}
                    </span>
                  ))}
                </dt>
                <dd>{label}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </dialog>
  )
}
