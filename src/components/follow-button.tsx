import { useMessages } from '../lib/i18n'
import { useFollow, useReaderData } from '../reader-data/reader-data'
import { followMessages } from './follow-messages'
import { Icon } from './icon'

type FollowButtonProps = {
  id: string
  name: string
  size?: 'small' | 'regular'
  /** Shows the name too, where nothing beside the toggle says whom it follows. */
  named?: boolean
  className?: string
}

/**
 * The one follow toggle, on entity pages, directory rows and the feed's filter chips; every copy reads the same
 * store. It says "Diikuti" only once storage has confirmed the follow ("Mengikuti…" until then). Its name is what
 * it shows followed by the entity's name ("Ikuti Vladimir Putin"): the many toggles of a page can be told apart,
 * and the visible text starts the name (WCAG 2.5.3).
 */
export function FollowButton({ id, name, size = 'regular', named = false, className = '' }: FollowButtonProps) {
  const t = useMessages(followMessages)
  const { follows } = useReaderData()
  const { followed, pending } = useFollow(id)
  const toggle = () => {
    if (pending) return
    void (followed ? follows.unfollow(id) : follows.follow(id))
  }
  const label = pending ? (followed ? t.followPending : t.unfollowPending) : followed ? t.following : t.follow
  const sizing = size === 'small' ? 'min-h-8 px-2.5 py-0.5 text-sm' : 'min-h-10 px-4 py-2'
  const look = followed
    ? 'border-brand bg-brand text-surface hover:brightness-110'
    : 'border-line bg-surface text-ink hover:bg-muted'
  return (
    <button
      type="button"
      aria-label={`${label} ${name}`}
      aria-pressed={followed}
      aria-busy={pending}
      onClick={toggle}
      className={`inline-flex shrink-0 cursor-pointer items-center gap-1.5 rounded-full border font-semibold ${sizing} ${look} ${className}`}
    >
      <Icon name={followed ? 'check' : 'plus'} className="size-3.5" />
      {named ? `${label} ${name}` : label}
    </button>
  )
}
