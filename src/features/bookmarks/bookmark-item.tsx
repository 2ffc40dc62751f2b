import { useId, useState } from 'react'
import { Link } from 'react-router'
import { formatDate, formatNumber, formatPublished, formatReadingTime } from '../../lib/format'
import { useLanguage, useMessages } from '../../lib/i18n'
import type { Bookmark } from '../../reader-data/bookmark-format'
import { useIsRead, usePositions } from '../../reader-data/reader-data'
import { bookmarksPageMessages } from './messages'
import { links } from '../../lib/links'
import { sectionName } from '../../lib/section-names'
import { Icon } from '../../components/icon'

type BookmarkItemProps = { bookmark: Bookmark; onRemove?: () => void }

/** One saved article: it opens from its snapshot when the network cannot serve it. */
export function BookmarkItem({ bookmark, onRemove }: BookmarkItemProps) {
  const t = useMessages(bookmarksPageMessages)
  const language = useLanguage()
  const { article } = bookmark
  const read = useIsRead(article.slug)
  const position = usePositions().find((item) => item.slug === article.slug)
  const [now] = useState(() => Date.now())
  const headingId = useId()
  // Offline, photos the browser has not kept are missing: an empty frame, not a broken image.
  const [photoMissing, setPhotoMissing] = useState(false)
  // "menit ini" reads oddly after "Disimpan": under a minute is "baru saja".
  const savedWhen = (iso: string) =>
    now - new Date(iso).getTime() < 60_000 ? t.savedJustNow : t.savedOn(formatPublished(iso, language, now))
  return (
    <article aria-labelledby={headingId} className="card flex gap-3 p-3 sm:gap-5" data-slug={article.slug}>
      <div className="aspect-[4/3] w-24 shrink-0 self-start overflow-hidden rounded-lg bg-muted sm:aspect-video sm:w-48">
        <img
          src={article.hero.src}
          width={article.hero.width}
          height={article.hero.height}
          alt={article.hero.alt}
          loading="lazy"
          decoding="async"
          onError={() => setPhotoMissing(true)}
          className={photoMissing ? 'invisible size-full object-cover' : 'size-full object-cover'}
        />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <p className="text-xs font-semibold tracking-wide text-brand uppercase">
          {sectionName(article.section, language)}
        </p>
        <h2 id={headingId} className="font-serif text-lg leading-snug font-bold text-balance">
          <Link to={links.article(article.slug)} className="card-link">
            {article.title}
          </Link>
        </h2>
        <p className="line-clamp-2 text-ink-soft">{article.dek}</p>
        <p className="text-sm text-ink-soft">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, language)}</time>
          <span aria-hidden="true"> · </span>
          {formatReadingTime(article.readingMinutes, language)}
          <span aria-hidden="true"> · </span>
          <time dateTime={bookmark.savedAt}>{savedWhen(bookmark.savedAt)}</time>
          {(read || position) && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="font-semibold">
                {read ? t.read : t.readPercent(formatNumber(Math.round(position!.fraction * 100), language))}
              </span>
            </>
          )}
        </p>
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
          {bookmark.complete ? (
            <span />
          ) : (
            <p className="text-sm text-ink-soft">
              <span className="mr-1.5 rounded-full bg-muted px-2 py-0.5 text-xs font-semibold text-ink">
                {t.summaryOnlyBadge}
              </span>
              {t.summaryOnlyHint}
            </p>
          )}
          {onRemove && (
            <button
              type="button"
              onClick={onRemove}
              aria-label={t.removeLabel(article.title)}
              className="btn-secondary ml-auto min-h-9 px-3 py-1 text-sm"
            >
              <Icon name="remove" />
              {t.remove}
            </button>
          )}
        </div>
      </div>
    </article>
  )
}
