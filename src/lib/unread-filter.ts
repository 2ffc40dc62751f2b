// "Sembunyikan yang sudah dibaca": `?unread=1` on any list page (feed, entity,
// search, following), beside that page's own parameters. Pages that rebuild
// their URL from their own schema keep it with withUnreadOnly.
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

const PARAM = 'unread'

export const isUnreadOnly = (search: URLSearchParams) => search.get(PARAM) === '1'

/** `href` (a path with its query) with the parameter set or removed. */
export function withUnreadOnly(href: string, unreadOnly: boolean): string {
  const [path = '', query = ''] = href.split('?')
  const params = new URLSearchParams(query)
  if (unreadOnly) params.set(PARAM, '1')
  else params.delete(PARAM)
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** Whether the current list hides what the reader has read, and a way to change it (a navigation: Back undoes it). */
export function useUnreadOnly(): [boolean, (unreadOnly: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams()
  const set = useCallback(
    (unreadOnly: boolean) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (unreadOnly) next.set(PARAM, '1')
          else next.delete(PARAM)
          return next
        },
        { preventScrollReset: true },
      ),
    [setSearchParams],
  )
  return [isUnreadOnly(searchParams), set]
}
