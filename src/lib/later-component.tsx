// A part of a page whose code loads after the first screen (the header's search, the filter panel, the date
// range panel, …). Not React.lazy: a lazy component that suspends comes back as a Suspense retry, and retries
// have the lowest priority React has. Every update made meanwhile (the list's cards coming one a frame, the
// data arriving) threw the retry's half-done render away and started it again: on a phone's first load of the
// feed, unthrottled, the filter panel (48 rows) rendered 15 times, the search combobox 32 times, for one commit
// each (decision 035). Here the loaded code arrives as a transition of its own, which the later ones queue
// behind instead of interrupting.
import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react'

type Loaded<P> = { Component: ComponentType<P> } | { error: unknown }

export function laterComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P & { fallback?: ReactNode }> {
  // Shared by every mount: the code is asked for once, and a mount after it has come shows it at once.
  let loaded: Loaded<P> | null = null
  let loading: Promise<Loaded<P>> | null = null
  const start = () =>
    (loading ??= load().then(
      (Component) => (loaded = { Component }),
      (error: unknown) => (loaded = { error }),
    ))

  function Later({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const [state, setState] = useState(loaded)
    // Asked for in the first render, as React.lazy does: the request does not wait for the commit.
    if (!state) void start()
    useEffect(() => {
      if (state) return
      let live = true
      void start().then((result) => {
        if (live) startTransition(() => setState(result))
      })
      return () => {
        live = false
      }
    }, [state])
    if (!state) return fallback
    // A chunk that failed to load goes to the route's error boundary, as a lazy component's would.
    if ('error' in state) throw state.error
    const { Component } = state
    return <Component {...(props as P)} />
  }
  return Later
}
