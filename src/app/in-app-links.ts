import { useEffect, useEffectEvent } from 'react'
import { createPath, useLocation, useNavigate } from 'react-router'
import { IN_APP_LINK } from '../components/plain-link'

/**
 * Follows a click on a PlainLink inside the app, as React Router's Link does: a plain left click, no modifier
 * key, no other target, not already handled; to the page already shown it replaces the history entry. Any
 * other click (a new tab, a download) is left to the browser.
 */
export function useInAppLinks() {
  const navigate = useNavigate()
  // The router's location, not window.location: the same in the browser, not in a memory router (tests).
  const location = useLocation()
  const follow = useEffectEvent((event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = event.target instanceof Element ? event.target.closest(`a[${IN_APP_LINK}]`) : null
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return
    if (link.hasAttribute('download') || link.origin !== window.location.origin) return
    event.preventDefault()
    const to = link.pathname + link.search + link.hash
    void navigate(to, { replace: to === createPath(location) })
  })
  useEffect(() => {
    const listener = (event: MouseEvent) => follow(event)
    document.addEventListener('click', listener)
    return () => document.removeEventListener('click', listener)
  }, [])
}
