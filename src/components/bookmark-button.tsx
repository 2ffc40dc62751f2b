import { useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import type { Article, ArticleSummary } from '../api/schemas'
import { CONTENT_LANGUAGE, useMessages } from '../lib/i18n'
import { useBookmark, useReaderData } from '../reader-data/reader-data'
import { saveWithSnapshot } from '../reader-data/snapshots'
import { savedArticleMessages } from './saved-article-messages'
import { Icon } from './icon'

type BookmarkButtonProps = { article: Article | ArticleSummary; size?: 'small' | 'regular'; className?: string }

/**
 * The one bookmark toggle, on cards and on the article page; every copy reads the same store.
 * It says "Tersimpan" only once storage has confirmed the save ("Menyimpan…" until then). Its name stays
 * "Simpan"/"Tersimpan"; the headline it saves is its description, so that the
 * many buttons of a page can be told apart (the text is hidden: it is on screen as the headline).
 */
export function BookmarkButton({ article, size = 'regular', className = '' }: BookmarkButtonProps) {
  const t = useMessages(savedArticleMessages)
  const headlineId = useId()
  const queryClient = useQueryClient()
  const store = useReaderData().bookmarks
  const { bookmark, pending } = useBookmark(article.slug)
  const saved = bookmark !== undefined

  const toggle = () => {
    if (pending) return
    if (saved) void store.remove([article.slug])
    else void saveWithSnapshot(store, queryClient, article)
  }
  const label = pending ? (saved ? t.saving : t.removing) : saved ? t.saved : t.save

  const sizing = size === 'small' ? 'min-h-9 px-3 py-1 text-sm' : 'min-h-10 px-4 py-2'
  const look = saved
    ? 'border-brand bg-brand text-surface hover:brightness-110'
    : 'border-line bg-surface text-ink hover:bg-muted'
  return (
    <>
      <button
        type="button"
        aria-pressed={saved}
        aria-busy={pending}
        aria-describedby={headlineId}
        onClick={toggle}
        className={`inline-flex shrink-0 cursor-pointer items-center gap-1.5 rounded-[0.6rem] border font-semibold ${sizing} ${look} ${className}`}
      >
        <Icon name="bookmark" filled={saved} />
        {label}
      </button>
      <span id={headlineId} lang={CONTENT_LANGUAGE} hidden>
        {article.title}
      </span>
    </>
  )
}
