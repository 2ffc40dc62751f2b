import { useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { useNextTaskChoice } from '../lib/next-task-choice'
import { useUnreadOnly } from '../lib/unread-filter'

/** "Sembunyikan yang sudah dibaca": a checkbox whose state is the list's URL. */
export function UnreadToggle() {
  const t = useMessages(sharedMessages)
  const [unreadOnly, setUnreadOnly] = useUnreadOnly()
  const [checked, choose] = useNextTaskChoice(unreadOnly, setUnreadOnly)
  return (
    <label className="inline-flex min-h-6 cursor-pointer items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-4 accent-brand"
        checked={checked}
        onChange={(event) => choose(event.target.checked)}
      />
      {t.hideRead}
    </label>
  )
}
