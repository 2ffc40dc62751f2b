import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { useModalDialog } from '../components/use-modal-dialog'
import { useRunCommand, type CommandName } from '../lib/commands'
import { defineMessages, useMessages } from '../lib/i18n'
import { links } from '../lib/links'

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

/** The keys that run a command; what a command does is up to whoever registered it on the page. */
const COMMAND_KEYS: Partial<Record<string, CommandName>> = {
  j: 'next',
  k: 'previous',
  o: 'open',
  b: 'save',
  '/': 'search',
}

const NOT_TYPED_IN = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/** Shortcuts never fire while the reader types in a field (a radio or checkbox is not typing). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement) return !NOT_TYPED_IN.has(target.type)
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
}

export function KeyboardShortcuts() {
  const t = useMessages(messages)
  const navigate = useNavigate()
  const run = useRunCommand()
  const { ref: helpRef, open, show: showHelp, close, onClose } = useModalDialog()

  // When `g` was pressed, for `g h` / `g b`: kept across re-renders (a save in between re-renders the shell).
  const pendingG = useRef(0)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      // A dialog (photo, filter sheet, this help) has the keyboard to itself.
      if (document.querySelector('dialog[open]')) return
      const gRecently = Date.now() - pendingG.current < 1200
      pendingG.current = 0
      if (gRecently && (event.key === 'h' || event.key === 'b')) {
        event.preventDefault()
        void navigate(event.key === 'h' ? links.home : links.bookmarks)
        return
      }
      if (event.key === 'g') {
        pendingG.current = Date.now()
        return
      }
      if (event.key === '?') {
        event.preventDefault()
        showHelp()
        return
      }
      const command = COMMAND_KEYS[event.key]
      if (command && run(command)) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate, run, showHelp])

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
