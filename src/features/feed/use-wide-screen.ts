import { useSyncExternalStore } from 'react'

// Tailwind's `lg`: from here on the filter is a sidebar, below it a sheet.
const WIDE = '(min-width: 64rem)'

function subscribe(onChange: () => void) {
  const query = globalThis.matchMedia?.(WIDE)
  query?.addEventListener?.('change', onChange)
  return () => query?.removeEventListener?.('change', onChange)
}

// Without matchMedia (jsdom, very old browsers) the sidebar is the safe layout: always in the page.
const isWide = () => globalThis.matchMedia?.(WIDE).matches ?? true

export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, isWide, () => true)
}
