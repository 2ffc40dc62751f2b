// Loads a route module lazily. After a deploy an old page may ask for a chunk
// that no longer exists: reload once to get the new build, and if the chunk
// is still missing, fail to the error page rather than reload in a loop.
const RELOAD_KEY = 'warta:chunk-reload'

export async function importRouteModule<T>(load: () => Promise<T>): Promise<T> {
  try {
    const module = await load()
    sessionStorage.removeItem(RELOAD_KEY)
    return module
  } catch (error) {
    if (!sessionStorage.getItem(RELOAD_KEY)) {
      sessionStorage.setItem(RELOAD_KEY, String(Date.now()))
      window.location.reload()
      // Keep the router waiting while the page reloads.
      return new Promise<T>(() => undefined)
    }
    sessionStorage.removeItem(RELOAD_KEY)
    throw error
  }
}
