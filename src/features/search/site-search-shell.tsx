// The header's search field as the first paint shows it, before the combobox's
// code (site-search.tsx, loaded lazily, off the first visit's critical path)
// arrives: the same box, already usable. What the reader types into it, and
// whether it has focus, is handed over to the combobox when it mounts.
import { useLayoutEffect, useRef } from 'react'
import { useCommand } from '../../lib/commands'
import { defineMessages, useMessages } from '../../lib/i18n'

export const fieldMessages = defineMessages({
  id: { fieldLabel: 'Cari berita', placeholder: 'Cari berita…' },
  en: { fieldLabel: 'Search news', placeholder: 'Search news…' },
})

/** The `/` shortcut focuses the field by this id, shell or combobox. */
export const SITE_SEARCH_ID = 'site-search'

/** What the shell's field held when the combobox replaced it. */
export const earlyInput = { value: '', focused: false }

/** As wide as its place in the header (layout.tsx), which grows from 10 to 16 rem with the room there is. */
export const FORM_CLASS = 'relative w-full'
export const INPUT_CLASS =
  'w-full rounded-lg border border-line bg-surface py-2 pr-3 pl-9 text-base placeholder:text-ink-soft'

export function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="none" stroke="currentColor">
      <circle cx="8.5" cy="8.5" r="5.5" strokeWidth="1.8" />
      <path d="m13 13 4.5 4.5" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  )
}

/** `/` focuses the header's field, the shell's or the combobox's: always registered, so no key falls between the two. */
export function SearchShortcut(): null {
  useCommand('search', () => {
    const field = document.getElementById(SITE_SEARCH_ID)
    field?.focus()
    return Boolean(field)
  })
  return null
}

export function SiteSearchShell() {
  const t = useMessages(fieldMessages)
  const inputRef = useRef<HTMLInputElement>(null)
  // Read as the shell goes, while its field is still in the page (a removed field may never report its blur).
  useLayoutEffect(() => {
    const input = inputRef.current
    return () => {
      earlyInput.focused = input !== null && document.activeElement === input
    }
  }, [])
  return (
    <form role="search" aria-label={t.fieldLabel} className={FORM_CLASS} onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={SITE_SEARCH_ID} className="sr-only">
        {t.fieldLabel}
      </label>
      <span className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-ink-soft">
        <SearchIcon />
      </span>
      <input
        id={SITE_SEARCH_ID}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.placeholder}
        ref={inputRef}
        defaultValue={earlyInput.value}
        // Kept as typed: the combobox reads it while it renders, before the shell is gone.
        onChange={(event) => (earlyInput.value = event.target.value)}
        className={INPUT_CLASS}
      />
    </form>
  )
}
