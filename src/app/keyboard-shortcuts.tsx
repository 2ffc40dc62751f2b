import { useLayoutEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { useRunCommand, type CommandName } from '../lib/commands'
import { links } from '../lib/links'
import { laterComponent } from '../lib/later-component'

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

const ShortcutHelp = laterComponent(() => import('./shortcut-help').then((module) => module.ShortcutHelp))

export function KeyboardShortcuts() {
  const navigate = useNavigate()
  const run = useRunCommand()
  const [helpOpen, setHelpOpen] = useState(false)

  // When `g` was pressed, for `g h` / `g b`: kept across re-renders (a save in between re-renders the shell).
  const pendingG = useRef(0)

  // Listening before the first paint: the app and its first page appear in one commit.
  useLayoutEffect(() => {
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
        setHelpOpen(true)
        return
      }
      const command = COMMAND_KEYS[event.key]
      if (command && run(command)) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate, run])

  return helpOpen && <ShortcutHelp onClosed={() => setHelpOpen(false)} />
}
