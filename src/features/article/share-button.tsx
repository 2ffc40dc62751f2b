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

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void share()} className="btn-secondary">
        <Icon name="share" />
        {t.share}
      </button>
      <span role="status" className="text-sm text-ink-soft">
        {status === 'copied' ? t.linkCopied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  )
}
