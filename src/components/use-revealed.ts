import { startTransition, useEffect, useEffectEvent, useMemo, useRef, useState, type RefObject } from 'react'
import { useNavigationType } from 'react-router'
import { afterNextPaint, afterPaintAndInput } from '../scheduling/next-task'

// Put in the page at once, a page of cards (or a page's charts) made one commit and one frame of layout and paint:
// a task of over 50 ms on a slow phone. What fills the screen comes first, the rest a few at a time, each step
// in a task of its own after the previous one has painted and while the reader is not typing or pressing
// (docs/decisions/027 and 028).

/**
 * About the shortest a card is: on a phone (under 640 px, the photo above the text) 480-590 px, wider (the photo
 * beside it) 250-340 px.
 */
const minCardHeight = () => (window.innerWidth < 640 ? 440 : 240)

/**
 * The cards that fill the window below the list's top (`top`, in the window; null before the list is in the
 * page: the window's top), at least one: the list starts 600 px down the results page at 1280x800, so one card
 * fills what is left of the window there, and a phone shows one card of the feed's first screen.
 */
export function cardsToFill(top: number | null): number {
  return Math.max(1, Math.ceil((window.innerHeight - Math.max(0, top ?? 0)) / minCardHeight()))
}

/**
 * Where `ref`'s element was in the window at the last paint (null before it was in the page), for `cardsToFill`
 * in a render. Read in the render itself, the element's position made the browser lay out the page as it was,
 * inside the render's task, and then again after the commit (8-10 ms at 4x CPU when search results change).
 * After a paint the page is laid out: the read costs nothing.
 */
export function usePaintedTop(ref: RefObject<Element | null>): () => number | null {
  const top = useRef<number | null>(null)
  useEffect(() =>
    afterNextPaint(() => {
      top.current = ref.current?.getBoundingClientRect().top ?? null
    }),
  )
  return () => top.current
}

type RevealOptions = {
  /** How many a new list starts with, asked when it arrives. */
  first: () => number
  /** How many more each later step adds. */
  step?: number
  /**
   * The list the component mounts with is shown whole: on a page come back to (Back, Forward, a reload) the
   * restored scroll position needs the page as long as before.
   */
  wholeOnMount: boolean
}

type Revealing<T, M> = { list: readonly T[]; count: number; shownWith: M | undefined }

/** Whether `next` continues `previous` (a page loaded onto it, or the same list): shown at once, as it is. */
function continues<T>(previous: readonly T[], next: readonly T[]): boolean {
  return previous.length === 0 ? next.length === 0 : previous[0] === next[0] && next.length >= previous.length
}

/**
 * `list` as far as it has been put in the page, and whether more is coming. `shownWith` (what the items are shown
 * with: a name, marks) comes back with the items it was given with: a list being replaced is shown for a frame
 * as it was.
 */
export function useRevealed<T, M = undefined>(
  list: readonly T[],
  { first, step = 3, wholeOnMount, shownWith }: RevealOptions & { shownWith?: M },
): { shown: readonly T[]; shownWith: M | undefined; revealing: boolean } {
  const start = () => Math.min(list.length, first())
  const [state, setState] = useState<Revealing<T, M>>(() => ({
    list,
    count: wholeOnMount ? list.length : start(),
    shownWith,
  }))
  // A new list replaces the shown one in two commits a frame apart: first the shown cards below the window go
  // (the ones in it stay as they were), then the new first ones come in. Both in one commit made a task
  // of 50-120 ms at 4x CPU when a page of cards was replaced.
  const replacing = state.list !== list && !continues(state.list, list)
  if (state.list !== list && !replacing) setState({ list, count: list.length, shownWith })
  else if (replacing && state.count > start()) setState({ ...state, count: start() })
  const revealing = state.list !== list || state.count < list.length
  // Asked when the new list comes in: where the list is then.
  const startNew = useEffectEvent(() => ({ list, count: start(), shownWith }))
  useEffect(() => {
    if (!revealing) return
    // The new list's first cards, after the frame that took the old ones out: the reader is waiting for them.
    if (state.list !== list) return afterNextPaint(() => startTransition(() => setState(startNew())))
    // The rest after the frame that paints what is shown so far, and not while the reader types or presses (the
    // header's search, a sort, over results still coming); a transition, so the reader's input goes first.
    return afterPaintAndInput(() =>
      startTransition(() =>
        setState((current) => (current.list === list ? { ...current, count: current.count + step } : current)),
      ),
    )
  }, [revealing, list, state.list, state.count, step])
  const shown = useMemo(
    () => (state.count < state.list.length ? state.list.slice(0, state.count) : state.list),
    [state],
  )
  return { shown, shownWith: state.list === list ? shownWith : state.shownWith, revealing }
}

/** Set once a revealed page part has mounted in this document: only the visit's first page can be staged as a POP. */
let partMounted = false
const openedFresh = () =>
  (globalThis.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type ===
  'navigate'

/**
 * Whether a page part mounting now has a scroll position to restore into it, and so must come whole: Back,
 * Forward or a reload do; a page opened by a link, or the visit's first page opened afresh, start at the top.
 */
export function useWholeOnMount(): boolean {
  const navigationType = useNavigationType()
  const [whole] = useState(() => navigationType === 'POP' && (partMounted || !openedFresh()))
  useEffect(() => {
    partMounted = true
  }, [])
  return whole
}

/**
 * The later parts of a page (below its first screen) that are in it so far: none in the first render, then one
 * more after each paint, so that the first screen is a shorter task and each part lays out in a frame of its own;
 * all at once when the page must come whole (useWholeOnMount). `parts` is a constant of the page's module.
 */
export function useLaterParts<T>(parts: readonly T[]): readonly T[] {
  return useRevealed(parts, { first: () => 0, step: 1, wholeOnMount: useWholeOnMount() }).shown
}
