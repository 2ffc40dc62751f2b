import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useRevealed } from './use-revealed'

const list = (name: string, length: number) => Array.from({ length }, (_, index) => ({ name: `${name}${index}` }))
const screenful = () => Math.ceil(window.innerHeight / 200)

describe('useRevealed', () => {
  it('shows the list it mounts with whole when told: a restored scroll needs the page as long as before', () => {
    const first = list('a', 20)
    const { result } = renderHook(() => useRevealed(first, { wholeOnMount: true }))
    expect(result.current).toEqual({ shown: first, revealing: false })
  })

  it('otherwise mounts with a screenful, and the rest comes in later renders', async () => {
    const first = list('a', 20)
    const { result } = renderHook(() => useRevealed(first, { wholeOnMount: false }))
    expect(result.current.shown).toEqual(first.slice(0, screenful()))
    expect(result.current.revealing).toBe(true)
    await waitFor(() => expect(result.current).toEqual({ shown: first, revealing: false }))
  })

  it('puts a new list in a screenful first, the rest in later renders', async () => {
    const { result, rerender } = renderHook(({ items }) => useRevealed(items, { wholeOnMount: true }), {
      initialProps: { items: list('a', 20) },
    })
    const next = list('b', 20)
    rerender({ items: next })
    expect(result.current.revealing).toBe(true)
    expect(result.current.shown).toEqual(next.slice(0, screenful()))
    await waitFor(() => expect(result.current).toEqual({ shown: next, revealing: false }))
  })

  it('shows a page loaded onto the list at once', () => {
    const first = list('a', 20)
    const { result, rerender } = renderHook(({ items }) => useRevealed(items, { wholeOnMount: true }), {
      initialProps: { items: first },
    })
    const longer = [...first, ...list('c', 20)]
    rerender({ items: longer })
    expect(result.current).toEqual({ shown: longer, revealing: false })
  })

  it('counts from `first` by `step`: the stages of a page', async () => {
    const stages = ['one', 'two'] as const
    const seen: (readonly string[])[] = []
    const { result } = renderHook(() => {
      const revealed = useRevealed(stages, { first: 0, step: 1, wholeOnMount: false })
      if (seen.at(-1) !== revealed.shown) seen.push(revealed.shown)
      return revealed
    })
    await waitFor(() => expect(result.current).toEqual({ shown: stages, revealing: false }))
    expect(seen).toEqual([[], ['one'], stages])
  })
})
