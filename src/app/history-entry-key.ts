// React Router keeps each page's scroll position under its history entry's key, and an entry opened from the
// address bar (or a link from another site) comes without one: all such entries share the key "default", so a
// page opened that way in a tab that had scrolled an earlier one started at that earlier position. A key of its
// own, written into the entry before the router reads it, stays with the entry: reload and Back still restore
// its position, and a page newly opened starts at the top.
export function keyFreshHistoryEntry(history: History = window.history) {
  const state: unknown = history.state
  const current = state !== null && typeof state === 'object' ? (state as Record<string, unknown>) : {}
  if (typeof current.key === 'string' && current.key !== '') return
  history.replaceState({ ...current, usr: current.usr ?? null, key: Math.random().toString(36).slice(2, 10) }, '')
}
