/**
 * Route loaders warm the cache, but hold a navigation at most this long: a
 * quick API renders the page straight with its data, a slow or hanging one
 * shows the page's own loading state (never a blank or frozen screen).
 */
const LOADER_PATIENCE_MS = 400

export async function warmCache(work: Promise<unknown>, patience = LOADER_PATIENCE_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const enough = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, patience)
  })
  // Failures are the page's to show, through its query.
  await Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    enough,
  ])
  clearTimeout(timer)
}
