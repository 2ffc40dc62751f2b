// A visit to a list (the following page): the visit mark moves when the reader
// leaves it (another page, the page hidden or unloaded), never when it loads, so
// that a reload, or coming back to the tab, keeps the articles marked new.
import { useEffect, useRef } from 'react'
import { useReaderData } from '../reader-data/reader-data'

/** Whether this document was loaded by a reload: its first list resumes the visit the reload interrupted. */
function loadedByReload(): boolean {
  const [entry] = globalThis.performance?.getEntriesByType?.('navigation') ?? []
  return (entry as PerformanceNavigationTiming | undefined)?.type === 'reload'
}

let firstListOfDocument = true

export function useListVisit(key: string): void {
  const { visits } = useReaderData()
  // Set once this component has entered: a second entry (Strict Mode's rehearsal) resumes, never starts anew.
  const entered = useRef(false)
  useEffect(() => {
    const resume = entered.current || (firstListOfDocument && loadedByReload())
    firstListOfDocument = false
    entered.current = true
    void visits.enter(key, { resume })
    const leave = () => void visits.leave(key)
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave()
      else void visits.enter(key, { resume: true })
    }
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', onVisibility)
      leave()
    }
  }, [visits, key])
}
