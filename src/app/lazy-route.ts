// After a deploy, an open page may ask for a route chunk that no longer
// exists. The error page then reloads once, at the URL the reader asked for,
// to get the new build; if the chunk is still missing it shows the error
// instead of reloading in a loop.
const RELOAD_KEY = 'warta:reloaded-for-chunk'

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message)
  )
}

/** Pure: a chunk failed and this URL has not been reloaded for it yet. */
export function shouldReloadForNewBuild(error: unknown): boolean {
  if (!isChunkLoadError(error)) return false
  try {
    return sessionStorage.getItem(RELOAD_KEY) !== window.location.href
  } catch {
    return false
  }
}

export function reloadForNewBuild(): void {
  sessionStorage.setItem(RELOAD_KEY, window.location.href)
  window.location.reload()
}

/** Loads a route module; a success means the build is whole again. */
export async function loadRoute<T>(load: () => Promise<T>): Promise<T> {
  const module = await load()
  forgetReloadForNewBuild()
  return module
}

function forgetReloadForNewBuild(): void {
  try {
    sessionStorage.removeItem(RELOAD_KEY)
  } catch {
    // Storage blocked: nothing was remembered either.
  }
}
