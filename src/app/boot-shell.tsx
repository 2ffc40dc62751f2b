import { useLayoutEffect } from 'react'
import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'

/**
 * What shows while the first route's data loads (the router's HydrateFallback):
 * the same frame as the static first paint in index.html, so nothing flashes.
 */
export function BootShell() {
  const t = useMessages(sharedMessages)
  return (
    <div className="boot" aria-busy="true">
      <title>{t.appName}</title>
      <div className="boot-bar">
        <span className="boot-logo">Warta</span>
      </div>
      <div className="boot-main">
        <div className="boot-card skeleton" />
        <div className="boot-card skeleton" />
      </div>
    </div>
  )
}

/**
 * index.html's static <title> names the first paint. The first commit brings the page's own
 * <title> (React puts it in <head>); in that same commit the static one goes, so the document
 * has one title at every moment, never two and never none.
 */
export function StaticTitleHandover({ staticTitle }: { staticTitle: HTMLTitleElement | null }) {
  useLayoutEffect(() => {
    if (staticTitle && document.head.querySelectorAll('title').length > 1) staticTitle.remove()
  }, [staticTitle])
  return null
}
