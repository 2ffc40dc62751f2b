import { fireEvent, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { INPUT_PAUSE_MS } from '../scheduling/next-task'
import { cardsToFill, usePaintedTop, useRevealed } from './use-revealed'

const list = (name: string, length: number) => Array.from({ length }, (_, index) => ({ name: `${name}${index}` }))
// Before the list is in the page, what fills the window: a card per 240 px of it (jsdom's window is 1024 px wide).
const screenful = () => cardsToFill(null)

describe('useRevealed', () => {
  it('shows the list it mounts with whole when told: a restored scroll needs the page as long as before', () => {
    const first = list('a', 20)
    const { result } = renderHook(() => useRevealed(first, { first: screenful, wholeOnMount: true }))
    expect(result.current).toEqual({ shown: first, revealing: false })
  })

  it('otherwise mounts with a screenful, and the rest comes in later renders', async () => {
    const first = list('a', 20)
    const { result } = renderHook(() => useRevealed(first, { first: screenful, wholeOnMount: false }))
    expect(result.current.shown).toEqual(first.slice(0, screenful()))
    expect(result.current.revealing).toBe(true)
    await waitFor(() => expect(result.current).toEqual({ shown: first, revealing: false }))
  })

  it('replaces a list in steps: the old cards below the window go, then the new screenful comes, then the rest', async () => {
    const previous = list('a', 20)
    const next = list('b', 20)
    const steps: string[] = []
    const { result, rerender } = renderHook(
      ({ items }) => {
        const revealed = useRevealed(items, {
          first: screenful,
          wholeOnMount: true,
          shownWith: items === previous ? 'the old name' : 'the new name',
        })
        const step = `${revealed.shown[0]?.name[0]}${revealed.shown.length}`
        if (steps.at(-1) !== step) steps.push(step)
        return revealed
      },
      { initialProps: { items: previous } },
    )
    rerender({ items: next })
    // The old cards in the window stay for a frame, with what they were shown with (a list's name, its marks).
    expect(result.current).toEqual({
      shown: previous.slice(0, screenful()),
      shownWith: 'the old name',
      revealing: true,
    })
    await waitFor(() => expect(result.current).toEqual({ shown: next, shownWith: 'the new name', revealing: false }))
    expect(steps.slice(0, 3)).toEqual(['a20', `a${screenful()}`, `b${screenful()}`])
  })

  it('adds nothing while the reader types, and goes on once they pause', async () => {
    const field = document.body.appendChild(document.createElement('input'))
    try {
      const first = list('a', 6)
      const { result } = renderHook(() => useRevealed(first, { first: () => 1, step: 1, wholeOnMount: false }))
      // Keys a little faster than the pause, for three pauses' time: the list stays as it mounted.
      const typing = Date.now()
      while (Date.now() - typing < 3 * INPUT_PAUSE_MS) {
        fireEvent.input(field, { target: { value: `${field.value}a` } })
        await new Promise((resolve) => setTimeout(resolve, INPUT_PAUSE_MS / 4))
        expect(result.current.shown).toHaveLength(1)
      }
      await waitFor(() => expect(result.current).toEqual({ shown: first, revealing: false }), {
        timeout: 4 * INPUT_PAUSE_MS,
      })
    } finally {
      field.remove()
    }
  })

  it('counts the cards that fill the window below where the list starts, at least one', () => {
    expect(cardsToFill(null)).toBe(Math.ceil(window.innerHeight / 240))
    expect(cardsToFill(-500)).toBe(Math.ceil(window.innerHeight / 240))
    expect(cardsToFill(window.innerHeight - 250)).toBe(2)
    expect(cardsToFill(window.innerHeight + 100)).toBe(1)
  })

  it('counts the cards of a phone, the photo above the text, as taller', () => {
    const width = window.innerWidth
    try {
      window.innerWidth = 412
      expect(cardsToFill(null)).toBe(Math.ceil(window.innerHeight / 440))
    } finally {
      window.innerWidth = width
    }
  })

  it('shows a page loaded onto the list at once', () => {
    const first = list('a', 20)
    const { result, rerender } = renderHook(
      ({ items }) => useRevealed(items, { first: screenful, wholeOnMount: true }),
      {
        initialProps: { items: first },
      },
    )
    const longer = [...first, ...list('c', 20)]
    rerender({ items: longer })
    expect(result.current).toEqual({ shown: longer, revealing: false })
  })

  it('counts from `first` by `step`: the stages of a page', async () => {
    const stages = ['one', 'two'] as const
    const seen: (readonly string[])[] = []
    const { result } = renderHook(() => {
      const revealed = useRevealed(stages, { first: () => 0, step: 1, wholeOnMount: false })
      if (seen.at(-1) !== revealed.shown) seen.push(revealed.shown)
      return revealed
    })
    await waitFor(() => expect(result.current).toEqual({ shown: stages, revealing: false }))
    expect(seen).toEqual([[], ['one'], stages])
  })

  it('knows where the list was at the last paint, read after the paint and not in a render', async () => {
    const element = document.createElement('ol')
    let reads = 0
    element.getBoundingClientRect = () => {
      reads += 1
      return { top: 300 } as DOMRect
    }
    const ref = { current: element }
    const { result } = renderHook(() => {
      const top = usePaintedTop(ref)
      return { top, readsInRender: reads }
    })
    expect(result.current.top()).toBeNull()
    await waitFor(() => expect(result.current.top()).toBe(300))
    expect(result.current.readsInRender).toBe(0)
  })
})
