import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { useMessages } from '../../lib/i18n'
import { articleMessages } from './messages'
import { Icon } from '../../components/icon'

/** The Web Share API where the browser has it, else copy the link, with a confirmation. */
export function ShareButton({ title }: { title: string }) {
  const t = useMessages(articleMessages)
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const { pathname } = useLocation()

  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 4000)
    return () => clearTimeout(timer)
  }, [status])

  const share = async () => {
    const url = new URL(pathname, window.location.origin).href
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
        return
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    try {
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  // The confirmation shows under the button, over what follows: beside it, its text made the actions wrap onto
  // a new line on a phone, and the page below moved down, then back up when it went. Empty, it is a box of no
  // size, kept in the page so that screen readers hear it fill.
  return (
    <span className="relative inline-flex">
      <button type="button" onClick={() => void share()} className="btn-secondary">
        <Icon name="share" />
        {t.share}
      </button>
      <span
        role="status"
        className="absolute top-full left-0 z-10 mt-1 w-max max-w-48 rounded-md bg-ink px-2 py-1 text-sm text-canvas shadow empty:p-0 empty:shadow-none"
      >
        {status === 'copied' ? t.linkCopied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  )
}
