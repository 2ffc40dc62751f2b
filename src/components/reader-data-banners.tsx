import { useSyncExternalStore } from 'react'
import type { StorageProblem, WriteFailure } from '../reader-data/kind-store'
import type { BookmarkAction } from '../reader-data/bookmarks'
import { useBookmarkState, useFollowState, useReaderData, useVisitState } from '../reader-data/reader-data'
import { followMessages } from './follow-messages'
import { useMessages } from '../lib/i18n'
import { useOnline } from '../lib/online-status'
import { savedArticleMessages } from './saved-article-messages'

type Messages = (typeof savedArticleMessages)['id']

function bookmarkProblemText(problem: StorageProblem, t: Messages): string {
  if (problem.kind === 'unavailable') return t.unavailable
  if (problem.kind === 'readOnly') return problem.newer === null ? t.unrecognised : t.newer
  if (!problem.setAside) return t.corruptNotSetAside
  return problem.unreadable === 'all' ? t.corruptAll : t.corruptSome(problem.unreadable)
}

function bookmarkFailureText(failure: WriteFailure<BookmarkAction>, t: Messages): string {
  if (failure.reason === 'readOnly') return t.readOnlyFailed
  if (failure.reason === 'stalled') return t.stalled
  if (failure.action === 'remove') return t.removeFailed
  if (failure.action === 'import') return t.importFailed
  return t.saveFailed
}

/** Settings share the storage of bookmarks' fallback: only what is news about them is said (not "unavailable" twice). */
function settingsProblemText(problem: StorageProblem, t: Messages): string | null {
  if (problem.kind === 'corrupt') return t.settingsUnreadable
  if (problem.kind === 'readOnly') return t.settingsReadOnly
  return null
}

type FollowTexts = (typeof followMessages)['id']

/** Follows and visit marks share the bookmarks' storage: "unavailable" is said once, by the bookmarks' banner. */
function followsProblemText(problem: StorageProblem, t: FollowTexts): string | null {
  if (problem.kind === 'corrupt') return t.followsUnreadable(problem.unreadable)
  if (problem.kind === 'readOnly') return t.followsReadOnly
  return null
}

function Banner({
  tone,
  role,
  children,
  onDismiss,
}: {
  tone: 'info' | 'warning' | 'error'
  role?: 'alert'
  children: string
  onDismiss?: () => void
}) {
  const t = useMessages(savedArticleMessages)
  const colours = {
    info: 'border-line bg-muted text-ink',
    warning:
      'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100',
    error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100',
  }[tone]
  return (
    <div role={role} className={`border-b ${colours}`}>
      <div className="mx-auto flex max-w-6xl items-start gap-3 px-4 py-2.5 text-sm">
        <p className="flex-1">{children}</p>
        {onDismiss && (
          <button
            type="button"
            onClick={onDismiss}
            className="shrink-0 cursor-pointer rounded px-2 font-semibold underline underline-offset-2"
          >
            {t.dismiss}
          </button>
        )}
      </div>
    </div>
  )
}

/** The shell's notices: offline, reader data that cannot be kept or read, and a write that failed. */
export function ReaderDataBanners() {
  const t = useMessages(savedArticleMessages)
  const online = useOnline()
  const { bookmarks, settings } = useReaderData()
  const { problem, failure, access } = useBookmarkState()
  const settingsState = useSyncExternalStore(settings.subscribe, settings.getState, settings.getState)
  const settingsProblem = settingsState.problem && settingsProblemText(settingsState.problem, t)
  const f = useMessages(followMessages)
  const { follows: followStore, visits: visitStore } = useReaderData()
  const follows = useFollowState()
  const visits = useVisitState()
  const followsProblem = follows.problem && followsProblemText(follows.problem, f)
  return (
    <>
      {/* Always in the page, so that going offline is announced. */}
      <div role="status">{!online && <Banner tone="info">{t.offline}</Banner>}</div>
      {problem && (
        <Banner tone="warning" role="alert" onDismiss={access === 'read-write' ? bookmarks.dismissProblem : undefined}>
          {bookmarkProblemText(problem, t)}
        </Banner>
      )}
      {failure && (
        <Banner key={failure.id} tone="error" role="alert" onDismiss={bookmarks.dismissFailure}>
          {bookmarkFailureText(failure, t)}
        </Banner>
      )}
      {followsProblem && (
        <Banner tone="warning" role="alert" onDismiss={followStore.dismissProblem}>
          {followsProblem}
        </Banner>
      )}
      {follows.failure && (
        <Banner key={`follows-${follows.failure.id}`} tone="error" role="alert" onDismiss={followStore.dismissFailure}>
          {follows.failure.reason === 'readOnly'
            ? f.followsReadOnly
            : follows.failure.reason === 'stalled'
              ? t.stalled
              : follows.failure.action === 'unfollow'
                ? f.unfollowFailed
                : f.followFailed}
        </Banner>
      )}
      {visits.problem?.kind === 'corrupt' && (
        <Banner tone="warning" role="alert" onDismiss={visitStore.dismissProblem}>
          {f.visitsUnreadable}
        </Banner>
      )}
      {visits.failure && (
        <Banner key={`visits-${visits.failure.id}`} tone="error" role="alert" onDismiss={visitStore.dismissFailure}>
          {visits.failure.reason === 'stalled' ? t.stalled : f.seenFailed}
        </Banner>
      )}
      {settingsProblem && (
        <Banner tone="warning" role="alert" onDismiss={settings.dismissProblem}>
          {settingsProblem}
        </Banner>
      )}
      {settingsState.failure && (
        <Banner
          key={`settings-${settingsState.failure.id}`}
          tone="error"
          role="alert"
          onDismiss={settings.dismissFailure}
        >
          {settingsState.failure.reason === 'stalled' ? t.stalled : t.settingsFailed}
        </Banner>
      )}
    </>
  )
}
