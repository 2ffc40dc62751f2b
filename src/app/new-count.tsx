// The nav's count of new articles about what the reader follows. It needs the
// API anyway, so it loads beside the first screen, not in it.
import { formatNumber } from '../lib/format'
import { cappedCount, useFollowingNews } from '../lib/following'
import { defineMessages, useLanguage, useMessages } from '../lib/i18n'

const messages = defineMessages({
  id: { newCount: (count: string) => `${count} artikel baru` },
  en: { newCount: (count: string) => `${count} new ${count === '1' ? 'article' : 'articles'}` },
})

export function NewCount() {
  const t = useMessages(messages)
  const language = useLanguage()
  const total = useFollowingNews().counts?.total ?? 0
  if (total === 0) return null
  const shown = cappedCount(total, (value) => formatNumber(value, language))
  return (
    <>
      <span
        aria-hidden="true"
        className="min-w-5 rounded-full bg-brand px-1.5 text-center text-xs leading-5 font-bold text-surface"
      >
        {shown}
      </span>
      <span className="sr-only">{`(${t.newCount(shown)})`}</span>
    </>
  )
}
