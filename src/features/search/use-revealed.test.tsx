import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useRevealed } from './use-revealed'

const list = (name: string, length: number) => Array.from({ length }, (_, index) => ({ name: `${name}${index}` }))

describe('useRevealed', () => {
  it('shows the list it mounts with whole: a restored scroll needs the page as long as before', () => {
    const first = list('a', 20)
    const { result } = renderHook(() => useRevealed(first))
    expect(result.current).toEqual({ shown: first, revealing: false })
  })

  it('puts new results in a window at a time: a screenful first, the rest in later renders', async () => {
    const { result, rerender } = renderHook(({ items }) => useRevealed(items), {
      initialProps: { items: list('a', 20) },
    })
    const next = list('b', 20)
    rerender({ items: next })
    expect(result.current.revealing).toBe(true)
    expect(result.current.shown).toEqual(next.slice(0, Math.ceil(window.innerHeight / 200)))
    await waitFor(() => expect(result.current).toEqual({ shown: next, revealing: false }))
  })

  it('shows a page loaded onto the list at once', () => {
    const first = list('a', 20)
    const { result, rerender } = renderHook(({ items }) => useRevealed(items), { initialProps: { items: first } })
    const longer = [...first, ...list('c', 20)]
    rerender({ items: longer })
    expect(result.current).toEqual({ shown: longer, revealing: false })
  })
})
