// What a link's filter asked for that a list could not apply: ids the directory does not know, dates that are no
// dates. Named beside the list, on the feed and the search results alike, so that a shared link showing more than
// it asked for says why.
import { defineMessages, useMessages } from '../lib/i18n'
import { Caution } from './caution'

const quoteList = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(', ')

const messages = defineMessages({
  id: {
    unknownIds: (ids: readonly string[]) =>
      `${ids.length === 1 ? 'Filter ini tidak dikenal' : 'Filter-filter ini tidak dikenal'} dan diabaikan: ${quoteList(ids)}.`,
    unknownRest: 'Filter lainnya tetap diterapkan.',
    unreadableDates: 'Tanggal di alamat ini tidak dapat dibaca dan diabaikan.',
  },
  en: {
    unknownIds: (ids: readonly string[]) =>
      `${ids.length === 1 ? 'This filter is' : 'These filters are'} unknown and ignored: ${quoteList(ids)}.`,
    unknownRest: 'The rest of the filter still applies.',
    unreadableDates: 'The dates in this address could not be read and were ignored.',
  },
})

type FilterCautionsProps = {
  /** Ids in the URL the directory does not know (resolveFeedFilter). */
  unknown: readonly string[]
  /** Whether known ids are left, still applied. */
  restApplies: boolean
  /** A from or to in the URL that is no day (unreadableDates). */
  datesIgnored: boolean
}

export function FilterCautions({ unknown, restApplies, datesIgnored }: FilterCautionsProps) {
  const t = useMessages(messages)
  return (
    <>
      {unknown.length > 0 && (
        <Caution>
          {t.unknownIds(unknown)} {restApplies && t.unknownRest}
        </Caution>
      )}
      {datesIgnored && <Caution>{t.unreadableDates}</Caution>}
    </>
  )
}
