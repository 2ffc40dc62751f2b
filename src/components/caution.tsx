import type { ReactNode } from 'react'

/** A short warning beside what it is about (an ignored filter, a refused range): the banners' warning colours. */
export function Caution({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      {children}
    </p>
  )
}
