import { Link } from 'react-router'
import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { StatusHeading } from './status-heading'
import { links } from '../lib/links'

export function NotFoundPage({ title }: { title?: string }) {
  const t = useMessages(sharedMessages)
  const heading = title ?? t.notFoundTitle
  return (
    <section className="mx-auto max-w-prose py-12 text-center">
      <p className="font-serif text-6xl font-black text-brand" aria-hidden="true">
        404
      </p>
      <StatusHeading level={1} className="mt-4 font-serif text-3xl font-bold">
        {heading}
      </StatusHeading>
      <p className="mt-3 text-ink-soft">{t.notFoundBody}</p>
      <Link to={links.home} className="btn-primary mt-6 inline-block">
        {t.goHome}
      </Link>
    </section>
  )
}
