import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { Link, useSearchParams } from 'react-router'
import { ListSkeleton } from '../../components/skeleton'
import { useCardCommands } from '../../components/use-card-commands'
import { formatNumber } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import type { Bookmark, Bookmarks } from '../../reader-data/bookmark-format'
import type { Position } from '../../reader-data/positions'
import type { ReadMarks } from '../../reader-data/read-marks'
import { useBookmarkState, usePositions, useReadMarks, useReaderData } from '../../reader-data/reader-data'
import { BookmarkItem } from './bookmark-item'
import { BookmarkSearch, useBookmarkSearch } from './bookmark-search'
import { bookmarksPageMessages } from './messages'
import { TransferPanel } from './transfer-panel'
import { UndoBar, type Removal } from './undo-bar'
import { links } from '../../lib/links'
import { ChoiceSwitch } from '../../components/choice-switch'
import { ConfirmButton } from '../../components/confirm-button'
import { Icon } from '../../components/icon'
import { compareText } from '../../lib/compare'

type Order = 'saved' | 'published' | 'unfinished'

const byPublishedDesc = (a: Bookmark, b: Bookmark) =>
  new Date(b.article.publishedAt).getTime() - new Date(a.article.publishedAt).getTime() || compareText(a.slug, b.slug)

/** /bookmarks: the saved articles, from the browser's storage only, so the page works offline. */
export function Component() {
  const t = useMessages(bookmarksPageMessages)
  const language = useLanguage()
  const store = useReaderData().bookmarks
  const { status, value: items, access } = useBookmarkState()
  const [searchParams, setSearchParams] = useSearchParams()
  const sortParam = searchParams.get('sort')
  const order: Order = sortParam === 'published' || sortParam === 'unfinished' ? sortParam : 'saved'
  const positions = usePositions()
  const readMarks = useReadMarks()
  const query = searchParams.get('q') ?? ''
  const found = useBookmarkSearch(items, query)
  // Sort and search share the URL; a default is left out.
  const setParam = (name: 'sort' | 'q', value: string | null) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        if (value) next.set(name, value)
        else next.delete(name)
        return next
      },
      { replace: true, preventScrollReset: true },
    )
  const [removal, setRemoval] = useState<Removal | null>(null)
  const editable = access !== 'read-only'

  const remove = async (slugs: string[]) => {
    const removed = await store.remove(slugs)
    if (removed.length > 0)
      setRemoval((previous) => ({ id: (previous?.id ?? 0) + 1, items: [...(previous?.items ?? []), ...removed] }))
  }
  const undo = async (restored: Bookmark[]) => {
    setRemoval(null)
    await store.restore(restored)
    document.querySelector<HTMLElement>(`main article[data-slug="${restored[0]?.slug}"] h2 a`)?.focus()
  }
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Set in the commit that shows the page, where the router also puts the window where this page wants it.
  const pageShown = useRef(false)
  useLayoutEffect(() => {
    pageShown.current = true
  }, [])
  const expire = useCallback((hadFocus: boolean) => {
    setRemoval(null)
    // The undo button had focus and is going: the page's heading takes it, not the document's start.
    if (hadFocus) headingRef.current?.focus()
  }, [])

  const sorted = useMemo(() => {
    if (order === 'published') return [...items].sort(byPublishedDesc)
    if (order === 'unfinished') return unfinishedFirst(items, positions, readMarks)
    return items
  }, [items, order, positions, readMarks])
  const shown = useMemo(() => {
    if (!found) return sorted
    const matching = new Set(found)
    return sorted.filter((bookmark) => matching.has(bookmark))
  }, [sorted, found])

  // Named in the title bar while it loads too: the page has one <title> at every moment.
  const title = <title>{`${t.title} · Warta`}</title>
  if (status === 'loading')
    return (
      <>
        {title}
        <ListSkeleton count={3} label={t.loading} />
      </>
    )

  return (
    <section className="mx-auto max-w-3xl">
      {title}
      <h1 ref={headingRef} tabIndex={-1} className="font-serif text-3xl font-black">
        {t.title}
      </h1>
      {items.length > 0 && <p className="mt-1 text-ink-soft">{t.intro(formatNumber(items.length, language))}</p>}
      {!editable && <p className="mt-4 rounded-lg border border-line bg-muted px-4 py-3 text-sm">{t.readOnly}</p>}

      {items.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <BookmarkSearch items={items} query={query} onQuery={(q) => setParam('q', q)} found={found} />
          <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
            <OrderSwitch order={order} onChange={(next) => setParam('sort', next === 'saved' ? null : next)} />
            {editable && (
              <ClearAll
                count={items.length}
                hidden={items.length - shown.length}
                onConfirm={() => void remove(items.map((item) => item.slug))}
              />
            )}
          </div>
          <SavedList
            items={shown}
            pageShown={pageShown}
            onRemove={editable ? (slug) => void remove([slug]) : undefined}
          />
        </>
      )}

      <TransferPanel count={items.length} canImport={editable} />
      <UndoBar removal={removal} onUndo={(restored) => void undo(restored)} onExpire={expire} />
    </section>
  )
}

/** Windowed: only the cards near the viewport are in the page, so tens of thousands of bookmarks stay light. */
function SavedList({
  items,
  pageShown,
  onRemove,
}: {
  items: Bookmarks
  pageShown: RefObject<boolean>
  onRemove?: (slug: string) => void
}) {
  const t = useMessages(bookmarksPageMessages)
  const listRef = useRef<HTMLOListElement>(null)
  useCardCommands(listRef)
  // Where the list starts in the document, for the window virtualizer.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const list = listRef.current
    if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY)
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 180,
    overscan: 6,
    gap: 16,
    scrollMargin,
    // Mounted with the page, the list is laid out first from its top: the window's scroll is still the previous
    // page's, until the router's layout effect (after the list's) sets this page's, the top or a restored place.
    // Taken as the list's own, the virtualizer kept the cards it measured in place by scrolling toward it: the
    // page opened from 600 px down another came up at its bottom. Mounted later (the first bookmark arrives),
    // the window's scroll is this page's.
    initialOffset: () => (pageShown.current ? window.scrollY : 0),
    getItemKey: (index) => items[index]?.slug ?? index,
  })
  return (
    <ol ref={listRef} aria-label={t.listLabel} className="relative mt-4" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const bookmark = items[row.index]
        if (!bookmark) return null
        return (
          <li
            key={row.key}
            data-index={row.index}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            ref={virtualizer.measureElement}
            className="absolute inset-x-0 top-0"
            style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
          >
            <BookmarkItem bookmark={bookmark} onRemove={onRemove ? () => onRemove(bookmark.slug) : undefined} />
          </li>
        )
      })}
    </ol>
  )
}

function EmptyState() {
  const t = useMessages(bookmarksPageMessages)
  return (
    <div className="mt-6 rounded-xl border border-dashed border-line bg-surface px-6 py-10 text-center">
      <Icon name="bookmark" className="mx-auto size-10 text-brand" strokeWidth={1.6} />
      <h2 className="mt-3 font-serif text-xl font-bold">{t.emptyTitle}</h2>
      <p className="mx-auto mt-2 max-w-prose text-ink-soft">{t.emptyBody}</p>
      <p className="mx-auto mt-1 max-w-prose text-sm text-ink-soft">{t.emptyImport}</p>
      <Link to={links.home} className="btn-primary mt-5">
        {t.browseFeed}
      </Link>
    </div>
  )
}

/** Started and not yet read first, the one read last first; then the rest as saved. */
function unfinishedFirst(items: readonly Bookmark[], positions: readonly Position[], readMarks: ReadMarks): Bookmark[] {
  const startedAt = new Map(
    positions.filter((position) => !readMarks.has(position.slug)).map((position) => [position.slug, position.at]),
  )
  const started = items.filter((item) => startedAt.has(item.slug))
  started.sort((a, b) => startedAt.get(b.slug)! - startedAt.get(a.slug)!)
  return [...started, ...items.filter((item) => !startedAt.has(item.slug))]
}

function OrderSwitch({ order, onChange }: { order: Order; onChange: (order: Order) => void }) {
  const t = useMessages(bookmarksPageMessages)
  const options = [
    ['saved', t.sortSaved],
    ['published', t.sortPublished],
    ['unfinished', t.sortUnfinished],
  ] as const
  return <ChoiceSwitch label={t.sortLabel} options={options} value={order} onChange={onChange} />
}

/** Everything saved, whatever the search shows: the question says how many it does not show. */
function ClearAll({ count, hidden, onConfirm }: { count: number; hidden: number; onConfirm: () => void }) {
  const t = useMessages(bookmarksPageMessages)
  return (
    <ConfirmButton
      label={t.clearAll}
      question={t.confirmClear(count, hidden)}
      confirmLabel={t.confirmClearYes}
      cancelLabel={t.cancel}
      className="btn-secondary ml-auto min-h-9 px-3 py-1 text-sm"
      onConfirm={onConfirm}
    />
  )
}
