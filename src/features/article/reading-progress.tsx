// How far the reader is in an article: a thin progress bar, the read mark (60%
// of the body scrolled through, or 30 s on the page while it is visible), and
// the remembered position, with "Lanjutkan membaca" on the next visit.
// docs/decisions/020-read-state-and-positions.md.
import { use, useEffect, useRef, useState, type RefObject } from 'react'
import { UNSAFE_DataRouterStateContext } from 'react-router'
import { usePositions, useReaderData } from '../../reader-data/reader-data'
import { formatNumber } from '../../lib/format'
import { siteHeaderBottom } from '../../lib/site-header'
import { afterNextPaint } from '../../scheduling/next-task'
import { useLanguage, useMessages } from '../../lib/i18n'
import { articleMessages } from './messages'

/** Scrolled through this much of the body: read. */
const READ_FRACTION = 0.6
/** This long on the page, while it is visible: read. */
const READ_AFTER_MS = 30_000
/** How long the page must rest after a scroll before the position is stored. */
const REMEMBER_WHEN_STILL_MS = 1000
/** Seen this much of the body: nothing left to resume. */
const FINISHED = 0.98

/** How much of the body has been on screen (0 to 1), and the paragraph at the top of the screen. */
function measure(body: HTMLElement): { fraction: number; block: number } {
  const rect = body.getBoundingClientRect()
  const fraction = rect.height > 0 ? Math.min(1, Math.max(0, (window.innerHeight - rect.top) / rect.height)) : 0
  // The sticky header covers the top of the window: the paragraph being read is the first one below it.
  const top = siteHeaderBottom()
  let block = 0
  for (const paragraph of body.querySelectorAll<HTMLElement>('[data-block]')) {
    if (paragraph.getBoundingClientRect().bottom > top) {
      block = Number(paragraph.dataset.block)
      break
    }
  }
  return { fraction, block }
}

export function ReadingProgress({
  slug,
  bodyRef,
  blocksShown,
}: {
  slug: string
  bodyRef: RefObject<HTMLElement | null>
  /** How many of the body's blocks are in the page: the rest of the body comes after the first paint. */
  blocksShown: number
}) {
  const t = useMessages(articleMessages)
  const language = useLanguage()
  const { readMarks, positions } = useReaderData()
  const [fraction, setFraction] = useState(0)
  const where = useRef<{ block: number; fraction: number; moved: boolean }>({ block: 0, fraction: 0, moved: false })

  useEffect(() => {
    const body = bodyRef.current
    if (!body) return
    where.current = { block: 0, fraction: 0, moved: false }
    const markRead = () => void readMarks.markRead(slug)
    const remember = () => {
      const { block, fraction, moved } = where.current
      if (moved) void positions.remember(slug, block, fraction)
    }
    let frame = 0
    // Also stored once the reader stops scrolling: what a leaving page starts writing (a reload, a closed tab
    // on a computer) may not finish before it is gone.
    let still: ReturnType<typeof setTimeout> | undefined
    const onScroll = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        // Leaving by a link removes the article before the new page scrolls to the top: that scroll is not reading.
        if (!body.isConnected) return
        const now = measure(body)
        const furthest = Math.max(where.current.fraction, now.fraction)
        where.current = { block: now.block, fraction: furthest, moved: true }
        setFraction(now.fraction)
        if (furthest >= READ_FRACTION) markRead()
        clearTimeout(still)
        still = setTimeout(remember, REMEMBER_WHEN_STILL_MS)
      })
    }
    // The 30 s count only while the page is visible: no timer runs in a background tab.
    let left = READ_AFTER_MS
    let started = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const start = () => {
      started = Date.now()
      timer = setTimeout(markRead, left)
    }
    const pause = () => {
      clearTimeout(timer)
      timer = undefined
      left = Math.max(0, left - (Date.now() - started))
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        pause()
        remember()
      } else if (timer === undefined) start()
    }
    if (document.visibilityState !== 'hidden') start()

    window.addEventListener('scroll', onScroll, { passive: true })
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', remember)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      clearTimeout(still)
      window.removeEventListener('scroll', onScroll)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', remember)
      remember()
    }
  }, [slug, bodyRef, readMarks, positions])

  // Where the page opens, and again once the rest of the body is in: after the paint, when the page is laid out.
  // Measured in the effect itself, it made the browser lay out the whole article inside the commit's task
  // (70 ms on a fast machine, 4 times that on a slow phone).
  useEffect(
    () =>
      afterNextPaint(() => {
        const body = bodyRef.current
        if (body?.isConnected) setFraction(measure(body).fraction)
      }),
    [bodyRef, blocksShown],
  )

  const percent = Math.round(fraction * 100)
  return (
    <div
      role="progressbar"
      aria-label={t.progress}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={t.progressText(formatNumber(percent, language))}
      className="fixed inset-x-0 top-0 z-40 h-1 bg-transparent"
    >
      <div
        data-mark="highlight"
        className="h-full origin-left bg-brand motion-safe:transition-transform"
        style={{ transform: `scaleX(${fraction})` }}
      />
    </div>
  )
}

/** "Lanjutkan membaca": offered when the reader stopped partway last time; takes them back to that paragraph. */
export function ResumeReading({ slug, bodyRef }: { slug: string; bodyRef: RefObject<HTMLElement | null> }) {
  const t = useMessages(articleMessages)
  const language = useLanguage()
  // Where they were last time, not where this visit is: this visit's position, stored as the reader reads and
  // leaves, would otherwise bring the offer up under the reader (and, as the page is left, shift the position
  // the router keeps for Back and reload).
  const [openedAt] = useState(() => Date.now())
  const position = usePositions().find((item) => item.slug === slug && item.at < openedAt)
  // Back, Forward or a reload to this page: the router puts the reader back at their place in it, and the offer,
  // arriving above, would push that place down the screen. (Its state says so, on the first load in the update
  // right after the first render; no public hook does.)
  const restored = typeof use(UNSAFE_DataRouterStateContext)?.restoreScrollPosition === 'number'
  const [taken, setTaken] = useState(false)
  if (restored || taken || !position || position.block === 0 || position.fraction >= FINISHED) return null
  const resume = () => {
    const paragraph = bodyRef.current?.querySelector<HTMLElement>(`[data-block="${position.block}"]`)
    setTaken(true)
    if (!paragraph) return
    paragraph.tabIndex = -1
    // Below the sticky header, not under it: the scroll margin of the page's targets (styles.css).
    paragraph.scrollIntoView({ block: 'start' })
    paragraph.focus({ preventScroll: true })
  }
  return (
    <p className="mt-4 flex flex-wrap items-center gap-3 rounded-lg border border-line bg-muted px-3 py-2 text-sm">
      <span>{t.resumeHint(formatNumber(Math.round(position.fraction * 100), language))}</span>
      <button type="button" className="btn-primary" onClick={resume}>
        {t.resume}
      </button>
    </p>
  )
}
