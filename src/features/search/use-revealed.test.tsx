import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { cardsToFill, useRevealed } from './use-revealed'

const list = (name: string, length: number) => Array.from({ length }, (_, index) => ({ name: `${name}${index}` }))

describe('useRevealed', () => {
  it('shows the list it mounts with whole: a restored scroll needs the page as long as before', () => {
    const first = list('a', 20)
    const { result } = renderHook(() => useRevealed(first, () => 4))
    expect(result.current).toEqual({ shown: first, revealing: false })
  })

  it('puts new results in a window at a time: a screenful first, the rest in later renders', async () => {
    const { result, rerender } = renderHook(({ items }) => useRevealed(items, () => 4), {
      initialProps: { items: list('a', 20) },
    })
    const next = list('b', 20)
    rerender({ items: next })
    expect(result.current.revealing).toBe(true)
    expect(result.current.shown).toEqual(next.slice(0, 4))
    await waitFor(() => expect(result.current).toEqual({ shown: next, revealing: false }))
  })

  it('shows a page loaded onto the list at once', () => {
    const first = list('a', 20)
    const { result, rerender } = renderHook(({ items }) => useRevealed(items, () => 4), {
      initialProps: { items: first },
    })
    const longer = [...first, ...list('c', 20)]
    rerender({ items: longer })
    expect(result.current).toEqual({ shown: longer, revealing: false })
  })

  it('counts the cards that fill the window below where the list starts, at least one', () => {
    const at = (top: number) => ({ getBoundingClientRect: () => ({ top }) }) as Element
    expect(cardsToFill(at(0))).toBe(Math.ceil(window.innerHeight / 200))
    expect(cardsToFill(at(-5000))).toBe(Math.ceil(window.innerHeight / 200))
    expect(cardsToFill(at(window.innerHeight - 150))).toBe(1)
    expect(cardsToFill(at(window.innerHeight + 100))).toBe(1)
  })
})
