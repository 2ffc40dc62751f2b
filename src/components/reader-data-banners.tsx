import type { KindState } from '../reader-data/kind-store'
import { useReaderDataAnswer } from '../reader-data/reader-data'
import { useMessages } from '../lib/i18n'
import { useOnline } from '../lib/online-status'
import { Banner } from './banner'
import { savedArticleMessages } from './saved-article-messages'
import { laterComponent } from '../lib/later-component'

// What is said about stored data that could not be kept, read or written loads only when there is something to say.
const StorageBanners = laterComponent(() => import('./storage-banners').then((module) => module.StorageBanners))

/** A kind has news for the reader: bookmarks say everything; the others, which share their storage, not "unavailable". */
const hasNotice = (state: KindState<unknown, unknown>, all = false) =>
  state.failure !== null || (state.problem !== null && (all || state.problem.kind !== 'unavailable'))

/** The shell's notices: offline, reader data that cannot be kept or read, and a write that failed. */
export function ReaderDataBanners() {
  const t = useMessages(savedArticleMessages)
  const online = useOnline()
  // Four booleans, not four states: a load or a write elsewhere does not render the shell again.
  const notice = [
    useReaderDataAnswer('bookmarks', (state) => hasNotice(state, true)),
    useReaderDataAnswer('settings', (state) => hasNotice(state)),
    useReaderDataAnswer('follows', (state) => hasNotice(state)),
    useReaderDataAnswer('visits', (state) => hasNotice(state)),
  ].some(Boolean)
  return (
    <>
      {/* Always in the page, so that going offline is announced. */}
      <div role="status">{!online && <Banner tone="info">{t.offline}</Banner>}</div>
      {notice && <StorageBanners />}
    </>
  )
}
