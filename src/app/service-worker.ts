/** Registers the service worker of the production build (dist/sw.js), so Warta starts offline. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    // A plain string: the Trusted Types policy (trusted-types.ts) vouches for it.
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app still works online; offline start is the only loss.
    })
  })
}
