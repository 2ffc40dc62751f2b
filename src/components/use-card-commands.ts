import type { RefObject } from 'react'
import { useCommand } from '../lib/commands'

// The cards of a list are its <article>s, each with a headline link and a bookmark toggle.
const cardsIn = (container: HTMLElement | null) => [...(container?.querySelectorAll<HTMLElement>('article') ?? [])]
const headlineLink = (card: Element | undefined) => card?.querySelector<HTMLAnchorElement>('h2 a, h3 a')
const focusedCard = (container: HTMLElement | null) =>
  cardsIn(container).find((card) => card.contains(document.activeElement))

/**
 * j/k, o and b on a list of cards: move between the cards, open the one with
 * focus, save it. With focus outside every list, the first list mounted takes j/k.
 */
export function useCardCommands(containerRef: RefObject<HTMLElement | null>) {
  const move = (step: 1 | -1, fromOutside: boolean) => {
    const cards = cardsIn(containerRef.current)
    if (cards.length === 0) return false
    const current = cards.findIndex((card) => card.contains(document.activeElement))
    if (current === -1 && !fromOutside) return false
    const next =
      current === -1 ? (step === 1 ? 0 : cards.length - 1) : Math.min(Math.max(current + step, 0), cards.length - 1)
    const link = headlineLink(cards[next])
    link?.focus()
    cards[next]?.scrollIntoView({ block: 'nearest' })
    return true
  }
  useCommand('next', () => move(1, false))
  useCommand('previous', () => move(-1, false))
  useCommand('next', () => move(1, true), { fallback: true })
  useCommand('previous', () => move(-1, true), { fallback: true })
  useCommand('open', () => {
    const link = headlineLink(focusedCard(containerRef.current))
    link?.click()
    return Boolean(link)
  })
  useCommand('save', () => {
    const toggle = focusedCard(containerRef.current)?.querySelector<HTMLButtonElement>('button[aria-pressed]')
    toggle?.click()
    return Boolean(toggle)
  })
}
