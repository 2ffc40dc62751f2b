import { startTransition, useEffect, useMemo, useState } from 'react'

// New results replace a whole page of cards. Put in the page at once, their commit and the frame that lays
// them out and paints them (images included) were one task of over 50 ms on a slow phone: the cards that fill
// the screen come first, the rest a few at a time, each after the previous ones have painted.

/** About the shortest a card is (at 1280 px, 250-340 px; a phone's are taller). */
const MIN_CARD_HEIGHT = 200
/** Cards added by each later render. */
const STEP = 3

type Revealing<T> = { list: T[]; count: number }

/** Whether `next` continues `previous` (a page loaded onto it, or the same list): shown at once, as it is. */
function continues<T>(previous: readonly T[], next: readonly T[]): boolean {
  return previous.length === 0 ? next.length === 0 : previous[0] === next[0] && next.length >= previous.length
}

/**
 * The cards that fill the window below the list's top (`element`, as laid out now), at least one: the list
 * starts 600 px down the results page at 1280x800, so one card fills what is left of the window there.
 */
export function cardsToFill(element: Element | null): number {
  const top = element?.getBoundingClientRect().top ?? 0
  return Math.max(1, Math.ceil((window.innerHeight - Math.max(0, top)) / MIN_CARD_HEIGHT))
}

/**
 * `list` as far as it has been put in the page, and whether more is coming: a new list comes `first()` cards
 * first. The list the component mounts with is shown whole: coming back to results restores the scroll into
 * a page as long as before.
 */
export function useRevealed<T>(list: T[], first: () => number): { shown: T[]; revealing: boolean } {
  const [state, setState] = useState<Revealing<T>>(() => ({ list, count: list.length }))
  if (state.list !== list) {
    setState({ list, count: continues(state.list, list) ? list.length : Math.min(list.length, first()) })
  }
  const revealing = state.list === list && state.count < list.length
  useEffect(() => {
    if (!revealing) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // After the frame that paints the cards so far: the next ones make a frame of their own.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() =>
        startTransition(() =>
          setState((current) => (current.list === list ? { list, count: current.count + STEP } : current)),
        ),
      )
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [revealing, list, state.count])
  const shown = useMemo(
    () => (state.count < state.list.length ? state.list.slice(0, state.count) : state.list),
    [state],
  )
  return { shown: state.list === list ? shown : list, revealing }
}
