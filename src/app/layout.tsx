import { useEffect, useId, useRef } from 'react'
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation, useNavigationType } from 'react-router'
import { ReaderDataBanners } from '../components/reader-data-banners'
import { CommandsProvider } from '../lib/commands'
import { useMessages } from '../lib/i18n'
import { KeyboardShortcuts } from './keyboard-shortcuts'
import { useInAppLinks } from './in-app-links'
import { SearchShortcut, SiteSearchShell } from '../features/search/site-search-shell'
import { sharedMessages } from '../lib/messages'
import { useOnline } from '../lib/online-status'
import { useReaderData, useReaderDataAnswer, useSavedCount, useSetting } from '../reader-data/reader-data'
import type { Language, Theme } from '../reader-data/settings'
import { useSnapshotUpgrades } from '../reader-data/snapshots'
import { links } from '../lib/links'
import { SITE_HEADER_ID } from '../lib/site-header'
import { afterNextPaint } from '../scheduling/next-task'
import { laterComponent } from '../lib/later-component'

const NewCount = laterComponent(() => import('./new-count').then((module) => module.NewCount))

// The search combobox loads beside the first screen, not before it; its shell holds the place.
const SiteSearch = laterComponent(() => import('../features/search/site-search').then((module) => module.SiteSearch))

/** Per history entry (its key), the card the reader left the page from: Back gives it the focus again. */
const cardsLeft = new Map<string, string>()

/** The headline link of the card of `slug` in `main`, once the list has cards; null while it has none. */
function cardLink(main: HTMLElement, slug: string): HTMLElement | false | null {
  const cards = [...main.querySelectorAll<HTMLElement>('[data-slug]')]
  if (cards.length === 0) return null
  return cards.find((card) => card.dataset.slug === slug)?.querySelector<HTMLElement>('a') ?? false
}

/**
 * After a client-side navigation, focus the new page's heading (not on first
 * load). A page that first shows a skeleton gets its heading later: wait for
 * it, unless the reader has put focus somewhere in the page meanwhile. Back (or
 * Forward) to a list focuses the card the reader opened, so that j and k go on
 * from there.
 */
function useFocusHeadingOnNavigate() {
  const { pathname, key } = useLocation()
  const navigationType = useNavigationType()
  const first = useRef(true)
  // The entry shown now: the effect below runs per path, and a list's filters change the entry, not the path.
  const entry = useRef(key)
  useEffect(() => {
    entry.current = key
  }, [key])
  // The last card of the page to have had the focus (read as it comes: by the time the page is left, its cards,
  // and the focus with them, are gone).
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const card = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-slug]') : null
      if (card?.dataset.slug && document.getElementById('main')?.contains(card))
        cardsLeft.set(entry.current, card.dataset.slug)
    }
    document.addEventListener('focusin', remember)
    return () => document.removeEventListener('focusin', remember)
  }, [])
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const main = document.getElementById('main')
    if (!main) return
    const focusedAtNavigation = document.activeElement
    const slug = navigationType === 'POP' ? cardsLeft.get(key) : undefined
    const focusHeading = () => {
      const card = slug ? cardLink(main, slug) : false
      // The list has not come yet: wait for it, as for a heading.
      if (card === null) return false
      const heading = card || main.querySelector<HTMLElement>('h1')
      if (!heading) return false
      const active = document.activeElement
      const readerMovedFocus =
        active !== focusedAtNavigation && active !== document.body && active !== heading && main.contains(active)
      if (readerMovedFocus) return true
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading.focus({ preventScroll: true })
      return true
    }
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect()
    })
    // After the new page's first paint: focus makes the browser lay the page out at once, and in the commit's
    // own task that lengthened it past 50 ms on a slow phone (an entity page's header and charts).
    const cancel = afterNextPaint(() => {
      if (!focusHeading()) observer.observe(main, { childList: true, subtree: true })
    })
    const giveUp = setTimeout(() => observer.disconnect(), 15_000)
    return () => {
      cancel()
      observer.disconnect()
      clearTimeout(giveUp)
    }
    // Per path: the key and the navigation's type are read as they are when the path changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname])
}

function Settings() {
  const t = useMessages(sharedMessages)
  const language = useSetting('language')
  const theme = useSetting('theme')
  const { settings } = useReaderData()
  const updateSettings = (patch: { language?: Language; theme?: Theme }) => void settings.update(patch)
  return (
    <div className="flex items-center gap-2 text-sm">
      <label className="sr-only" htmlFor="language-select">
        {t.language}
      </label>
      <select
        id="language-select"
        value={language}
        onChange={(event) => updateSettings({ language: event.target.value as Language })}
        className="select"
      >
        <option value="id" lang="id">
          Indonesia
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
      <label className="sr-only" htmlFor="theme-select">
        {t.theme}
      </label>
      <select
        id="theme-select"
        value={theme}
        onChange={(event) => updateSettings({ theme: event.target.value as Theme })}
        className="select"
      >
        <option value="light">{t.themeLight}</option>
        <option value="dark">{t.themeDark}</option>
        <option value="system">{t.themeSystem}</option>
      </select>
    </div>
  )
}

const navClass = ({ isActive }: { isActive: boolean }) => `nav-link${isActive ? ' nav-link-active' : ''}`

function SavedCount() {
  const t = useMessages(sharedMessages)
  // Only what storage has confirmed is counted.
  const count = useSavedCount()
  if (count === 0) return null
  return (
    <>
      <span
        aria-hidden="true"
        className="min-w-5 rounded-full bg-brand px-1.5 text-center text-xs leading-5 font-bold text-surface"
      >
        {count}
      </span>
      <span className="sr-only">{`(${t.savedCount(count)})`}</span>
    </>
  )
}

export function Layout() {
  const t = useMessages(sharedMessages)
  const navigation = useNavigation()
  const homeHintId = useId()
  useFocusHeadingOnNavigate()
  useInAppLinks()
  useSnapshotUpgrades(useOnline())
  // The count of new articles (its code, its request) only for a reader who follows something.
  const following = useReaderDataAnswer('follows', (state) => state.value.length > 0)
  return (
    <CommandsProvider>
      <div className="flex min-h-dvh flex-col">
        <a href="#main" className="skip-link">
          {t.skipToContent}
        </a>
        <header
          id={SITE_HEADER_ID}
          className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur supports-[backdrop-filter]:bg-surface/80"
        >
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:py-3">
            {/* Named by what it shows (WCAG 2.5.3); where it leads is its description. */}
            <NavLink to={links.home} className="flex items-baseline gap-2 no-underline" aria-describedby={homeHintId}>
              <span className="font-serif text-2xl font-black tracking-tight text-brand">{t.appName}</span>
              <span className="hidden text-sm text-ink-soft xl:inline">{t.tagline}</span>
              <span id={homeHintId} hidden>
                {t.homeLinkHint}
              </span>
            </NavLink>
            <nav aria-label={t.mainNav} className="order-3 w-full sm:order-none sm:w-auto">
              <ul className="flex gap-0.5 overflow-x-auto sm:gap-1">
                <li>
                  <NavLink to={links.home} end className={navClass}>
                    {t.navFeed}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={links.following()} className={navClass}>
                    {t.navFollowing}
                    {following && <NewCount />}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={links.entities} className={navClass}>
                    {t.navTopics}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={links.bookmarks} className={navClass}>
                    {t.navBookmarks}
                    <SavedCount />
                  </NavLink>
                </li>
              </ul>
            </nav>
            {/* From 10 rem, growing to 16 with the room left: the language and theme menus stay on the first
                row from 1024 px on. */}
            <div className="order-2 w-full sm:order-none sm:ml-auto sm:w-auto sm:max-w-64 sm:flex-[1_1_10rem]">
              <SearchShortcut />
              <SiteSearch fallback={<SiteSearchShell />} />
            </div>
            <div className="ml-auto sm:ml-0">
              <Settings />
            </div>
          </div>
          {navigation.state === 'loading' && <div className="progress-bar" aria-hidden="true" />}
        </header>
        <ReaderDataBanners />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none">
          <Outlet />
        </main>
        <footer className="border-t border-line">
          <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-6 text-sm text-ink-soft">
            <p>{t.footer}</p>
            <Link to={links.data} className="font-semibold underline underline-offset-4">
              {t.yourData}
            </Link>
          </div>
        </footer>
        <KeyboardShortcuts />
        <ScrollRestoration />
      </div>
    </CommandsProvider>
  )
}
