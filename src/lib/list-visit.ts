// A visit to a list (the following page, a followed entity's page): the visit mark moves when the reader
// leaves it (another page, the page hidden or unloaded), never when it loads, so
// that a reload (visits.ts), or coming back to the tab, keeps the articles marked new.
import { useEffect, useRef } from 'react'
import { useReaderData } from '../reader-data/reader-data'

/** `null`: this page is not a list whose visits are kept (an entity the reader does not follow). */
export function useListVisit(key: string | null): void {
  const { visits } = useReaderData()
  // Set once this component has entered: a second entry (Strict Mode's rehearsal) resumes, never starts anew.
  const entered = useRef(false)
  useEffect(() => {
    if (key === null) return
    void visits.enter(key, { resume: entered.current })
    entered.current = true
    const leave = () => void visits.leave(key)
    const resume = () => void visits.enter(key, { resume: true })
    const onVisibility = () => (document.visibilityState === 'hidden' ? leave() : resume())
    window.addEventListener('pagehide', leave)
    // Back from the back/forward cache: the same visit goes on.
    window.addEventListener('pageshow', resume)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', leave)
      window.removeEventListener('pageshow', resume)
      document.removeEventListener('visibilitychange', onVisibility)
      leave()
    }
  }, [visits, key])
}
