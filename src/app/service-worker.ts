import { SERVICE_WORKER_POLICY } from './security-headers'

const WORKER_URL = '/sw.js'

// TypeScript's DOM library has no Trusted Types yet: the little this file uses.
type TrustedTypePolicyFactory = {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string }
}

/** Under the CSP's Trusted Types a worker is registered from a TrustedScriptURL; browsers without them take the string. */
function workerUrl(): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes
  if (!factory) return WORKER_URL
  const policy = factory.createPolicy(SERVICE_WORKER_POLICY, {
    createScriptURL: (url) => {
      if (url !== WORKER_URL) throw new TypeError(`Not the service worker: ${url}`)
      return url
    },
  })
  return policy.createScriptURL(WORKER_URL)
}

/** Registers the service worker of the production build (dist/sw.js), so Warta starts offline. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(workerUrl()).catch(() => {
      // Without it the app still works online; offline start is the only loss.
    })
  })
}
