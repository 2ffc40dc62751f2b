// Trusted Types (docs/decisions/008): the CSP makes every string that reaches a
// script sink pass through the policy named `default`. This one vouches only for
// Warta's own script URLs (the service worker and the built chunks, such as the
// bookmark import worker); it defines no HTML or script conversion, so
// innerHTML, eval and inline scripts stay refused.

/** Its name: `default`, so the browser asks it about every script URL (the CSP names it: security-headers.ts). */
export const TRUSTED_TYPES_POLICY = 'default'

const OWN_SCRIPTS = [/^\/sw\.js$/, /^\/assets\/[\w.-]+\.js$/]

// TypeScript's DOM library has no Trusted Types yet: the little this file uses.
type TrustedTypePolicyFactory = {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown
}

/** A same-origin URL of one of Warta's scripts, with nothing after the path. */
export function isOwnScriptUrl(url: string, origin: string): boolean {
  const parsed = URL.parse(url, origin)
  return (
    parsed !== null &&
    parsed.origin === origin &&
    !parsed.search &&
    !parsed.hash &&
    OWN_SCRIPTS.some((own) => own.test(parsed.pathname))
  )
}

/** Installs the policy before any script URL is used; browsers without Trusted Types need none. */
export function installTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes
  if (!factory) return
  factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (url) => {
      if (!isOwnScriptUrl(url, window.location.origin)) throw new TypeError(`Not one of Warta's scripts: ${url}`)
      return url
    },
  })
}
