// The header's search field: an ARIA 1.2 combobox (list autocomplete, focus
// stays in the field, the active option named by aria-activedescendant) whose
// first option searches for the typed text, then leaders and countries, then
// article titles, as the API suggests them.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { entityQueries } from '../../api/entities'
import type { SuggestResponse } from '../../api/schemas'
import { MAX_QUERY_CODE_POINTS, searchQueries } from '../../api/search'
import { formatNumber } from '../../lib/format'
import { refName } from '../../lib/entity-names'
import { defineMessages, useLanguage, useMessages } from '../../lib/i18n'
import { links } from '../../lib/links'
import { MIN_SUGGEST_LENGTH, parseSearchState } from '../../lib/search-params'
import { nextTask } from '../../scheduling/next-task'
import { earlyInput, fieldMessages, FORM_CLASS, INPUT_CLASS, SearchIcon, SITE_SEARCH_ID } from './site-search-shell'

// Only the header's own text: the results page's catalog loads with that page.
const messages = defineMessages({
  id: {
    suggestions: 'Saran pencarian',
    searchFor: (q: string) => `Cari “${q}”`,
    people: 'Tokoh',
    countries: 'Negara',
    articles: 'Artikel',
    tooLong: (max: string) => `Pencarian berhenti di ${max} karakter.`,
  },
  en: {
    suggestions: 'Search suggestions',
    searchFor: (q: string) => `Search for “${q}”`,
    people: 'People',
    countries: 'Countries',
    articles: 'Articles',
    tooLong: (max: string) => `The search stops at ${max} characters.`,
  },
})

const DEBOUNCE_MS = 150
const MAX_PER_KIND = 5

type Option =
  | { kind: 'search'; id: string; q: string }
  | { kind: 'entity'; id: string; entityId: string; type: 'person' | 'country'; name: string }
  | { kind: 'article'; id: string; slug: string; title: string }

/** The typed text once the reader pauses. */
function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}

export function SiteSearch() {
  const t = { ...useMessages(fieldMessages), ...useMessages(messages) }
  const language = useLanguage()
  const navigate = useNavigate()
  const location = useLocation()
  const baseId = useId()
  const listId = `${baseId}-list`
  const hintId = `${baseId}-hint`

  // Typed into the shell before this code arrived: kept, focus and all.
  const [value, setValue] = useState(() => earlyInput.value.slice(0, MAX_QUERY_CODE_POINTS))
  const inputRef = useRef<HTMLInputElement>(null)
  useLayoutEffect(() => {
    // Handed over once: a later mount (another tree, a test) starts empty and unfocused.
    const { focused } = earlyInput
    earlyInput.value = ''
    earlyInput.focused = false
    if (!focused) return
    const input = inputRef.current
    input?.focus()
    input?.setSelectionRange(input.value.length, input.value.length)
  }, [])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  const [focused, setFocused] = useState(false)
  // On the results page the field shows what was searched; any navigation closes the list. Text never sent
  // does not follow a reader who has left the field to another page (a page's own URL updates keep it).
  const [seen, setSeen] = useState<{ key: string; pathname: string } | null>(null)
  if (seen?.key !== location.key) {
    setSeen({ key: location.key, pathname: location.pathname })
    setOpen(false)
    setActive(-1)
    if (location.pathname === '/search')
      setValue(parseSearchState(new URLSearchParams(location.search)).q.slice(0, MAX_QUERY_CODE_POINTS))
    else if (seen !== null && seen.pathname !== location.pathname && !focused) setValue('')
  }

  const typed = value.trim()
  const settled = useDebounced(typed, DEBOUNCE_MS)
  const asking = open && settled.length >= MIN_SUGGEST_LENGTH
  // One request at a time: a new term makes the previous query unused, and react-query aborts it through its signal.
  const suggestions = useQuery({
    ...searchQueries.suggest(settled),
    enabled: asking,
    placeholderData: keepPreviousData,
  })
  // Names in the reader's language when the directory is already cached; never fetched just for this.
  const directory = useQuery({ ...entityQueries.list(), enabled: false })
  const entityIndex = useMemo(() => new Map((directory.data ?? []).map((e) => [e.id, e])), [directory.data])

  const current: SuggestResponse | undefined =
    asking && typed.length >= MIN_SUGGEST_LENGTH ? suggestions.data : undefined
  const options = useMemo<Option[]>(() => {
    if (typed === '') return []
    const list: Option[] = [{ kind: 'search', id: `${baseId}-q`, q: typed }]
    const entities = (current?.entities ?? []).slice(0, MAX_PER_KIND)
    for (const type of ['person', 'country'] as const)
      for (const ref of entities.filter((entity) => entity.type === type))
        list.push({
          kind: 'entity',
          id: `${baseId}-e-${ref.id}`,
          entityId: ref.id,
          type,
          name: refName(ref, entityIndex, language),
        })
    for (const article of (current?.articles ?? []).slice(0, MAX_PER_KIND))
      list.push({ kind: 'article', id: `${baseId}-a-${article.slug}`, slug: article.slug, title: article.title })
    return list
  }, [typed, current, baseId, entityIndex, language])

  const expanded = open && options.length > 0
  // The list is wider than the field: it opens toward the side with room, leftward from a field near the
  // window's right edge (a wide header), rightward from one that starts a row (a narrow header). Measured when
  // the field takes the focus, in a page laid out already: measured as the list opened, inside the first key
  // press, it made the browser lay out the page there (16-20 ms of that task at 4x CPU).
  const [side, setSide] = useState<'left' | 'right'>('right')
  const measureSide = (input: HTMLInputElement) => {
    const left = input.form?.getBoundingClientRect().left ?? 0
    // The list's width as its class sets it: min(28rem, 100vw - 2rem).
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
    const width = Math.min(28 * rem, window.innerWidth - 2 * rem)
    setSide(width > document.documentElement.clientWidth - left ? 'left' : 'right')
  }
  const activeOption = expanded ? options[active] : undefined

  const close = () => {
    setOpen(false)
    setActive(-1)
  }

  // In a task of its own: the navigation runs the next page's loader, which starts its requests, and the key
  // press or click that chose then stays short on a slow phone.
  const go = (to: string) => void nextTask().then(() => navigate(to))
  const choose = (option: Option) => {
    close()
    if (option.kind === 'search') {
      go(links.searchFor(option.q))
      return
    }
    setValue('')
    go(option.kind === 'entity' ? links.feedAbout(option.entityId) : links.article(option.slug))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return
        event.preventDefault()
        const down = event.key === 'ArrowDown'
        if (!expanded) {
          setOpen(true)
          setActive(down ? 0 : last)
        } else setActive(down ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1)
        return
      }
      case 'Home':
      case 'End':
        // With an option active they move in the list; otherwise they move the caret.
        if (!activeOption) return
        event.preventDefault()
        setActive(event.key === 'Home' ? 0 : last)
        return
      case 'Enter':
        if (activeOption) {
          event.preventDefault()
          choose(activeOption)
        }
        return
      case 'Escape':
        event.preventDefault()
        if (expanded) close()
        else setValue('')
        return
    }
  }

  const full = value.length >= MAX_QUERY_CODE_POINTS
  const people = options.filter((option) => option.kind === 'entity' && option.type === 'person')
  const countries = options.filter((option) => option.kind === 'entity' && option.type === 'country')
  const articles = options.filter((option) => option.kind === 'article')

  const renderOption = (option: Option) => {
    const index = options.indexOf(option)
    const selected = index === active
    return (
      // The keyboard stays in the field (aria-activedescendant): options take only the pointer.
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events
      <div
        key={option.id}
        id={option.id}
        role="option"
        aria-selected={selected}
        tabIndex={-1}
        // Keep focus in the field: the choice is made on click (mouse, touch or pen).
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => choose(option)}
        onPointerMove={() => setActive(index)}
        className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm ${selected ? 'bg-muted text-ink' : ''}`}
      >
        {option.kind === 'search' && (
          <>
            <SearchIcon />
            <span className="min-w-0 truncate font-semibold">{t.searchFor(option.q)}</span>
          </>
        )}
        {option.kind === 'entity' && (
          <span className="chip" data-type={option.type}>
            <span className="chip-dot" aria-hidden="true" />
            {option.name}
          </span>
        )}
        {option.kind === 'article' && (
          <span lang="id" className="line-clamp-2 font-serif">
            {option.title}
          </span>
        )}
      </div>
    )
  }

  const group = (label: string, members: Option[]) =>
    members.length > 0 && (
      <div role="group" aria-labelledby={`${baseId}-${label}`} className="border-t border-line pt-1">
        <div
          role="presentation"
          id={`${baseId}-${label}`}
          className="px-3 pt-1 pb-0.5 text-xs font-semibold tracking-wide text-ink-soft uppercase"
        >
          {label}
        </div>
        {members.map(renderOption)}
      </div>
    )

  return (
    <form
      role="search"
      aria-label={t.fieldLabel}
      className={FORM_CLASS}
      onSubmit={(event) => {
        event.preventDefault()
        if (typed !== '') choose({ kind: 'search', id: '', q: typed })
      }}
    >
      <label htmlFor={SITE_SEARCH_ID} className="sr-only">
        {t.fieldLabel}
      </label>
      <span className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-ink-soft">
        <SearchIcon />
      </span>
      <input
        ref={inputRef}
        id={SITE_SEARCH_ID}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption?.id}
        aria-describedby={full ? hintId : undefined}
        enterKeyHint="search"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={MAX_QUERY_CODE_POINTS}
        placeholder={t.placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          measureSide(event.currentTarget)
          setFocused(true)
          setOpen(true)
        }}
        onBlur={() => {
          setFocused(false)
          close()
        }}
        className={INPUT_CLASS}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t.suggestions}
        hidden={!expanded}
        data-side={side}
        // Below the length hint when it shows.
        data-full={full || undefined}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[min(70dvh,32rem)] overflow-y-auto rounded-lg border border-line bg-surface p-1 shadow-lg data-[full]:mt-8 sm:right-auto sm:w-[min(28rem,calc(100vw-2rem))] sm:data-[side=left]:right-0 sm:data-[side=left]:left-auto"
      >
        {options[0] && renderOption(options[0])}
        {group(t.people, people)}
        {group(t.countries, countries)}
        {group(t.articles, articles)}
      </div>
      {/* Under the field, over the page: in the header's flow it made the sticky header taller and moved the page. */}
      <p
        id={hintId}
        aria-live="polite"
        className={
          full
            ? 'absolute top-full left-0 z-50 mt-1 rounded-md border border-line bg-surface px-2 py-0.5 text-xs text-ink-soft shadow'
            : 'sr-only'
        }
      >
        {full ? t.tooLong(formatNumber(MAX_QUERY_CODE_POINTS, language)) : ''}
      </p>
    </form>
  )
}
