import { useEffect, useState } from 'react'
import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { NotFoundPage } from '../components/not-found-page'
import { reloadForNewBuild, shouldReloadForNewBuild } from './lazy-route'
import { links } from '../lib/links'

/** The last line of defence: a friendly page with a way forward, never internals. */
export function RouteErrorPage() {
  const error = useRouteError()
  const t = useMessages(sharedMessages)
  // Decided once per error: later renders must not start another reload.
  const [reload] = useState(() => shouldReloadForNewBuild(error))
  useEffect(() => {
    if (reload) reloadForNewBuild()
  }, [reload])
  if (reload) return null
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  if (import.meta.env.DEV) console.error(error)
  return (
    <section role="alert" className="mx-auto max-w-prose py-12 text-center">
      <title>{`${t.errorTitle} · Warta`}</title>
      <h1 tabIndex={-1} className="font-serif text-3xl font-bold">
        {t.errorTitle}
      </h1>
      <p className="mt-3 text-ink-soft">{t.errorUnknown}</p>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" className="btn-primary" onClick={() => window.location.reload()}>
          {t.reloadPage}
        </button>
        <Link to={links.home} className="btn-secondary" reloadDocument>
          {t.goHome}
        </Link>
      </div>
    </section>
  )
}
