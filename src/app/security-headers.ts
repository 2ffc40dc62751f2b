// The production security headers, sent by the preview host (and by any host
// that serves dist/). No inline script anywhere in the app, and no wildcard
// origin: the page talks to itself and to the configured API, and shows images
// from itself and from the configured image origin, nothing else.
import { TRUSTED_TYPES_POLICY } from './trusted-types.ts'

type SecurityConfig = {
  /** VITE_API_BASE_URL: a path (same origin) or an absolute http(s) URL, whose origin may be connected to. */
  apiBaseUrl?: string
  /** VITE_IMAGE_ORIGIN: the origin the API's photos come from, when not this one. */
  imageOrigin?: string
}

/** The origin of an absolute http(s) URL; a bad value is a build error, never a silently wider policy. */
function originOf(value: string, name: string): string {
  const url = URL.parse(value)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname.includes('*')) {
    throw new Error(`${name} must be an http(s) URL without wildcards; got ${JSON.stringify(value)}`)
  }
  return url.origin
}

function contentSecurityPolicy({ apiBaseUrl, imageOrigin }: SecurityConfig = {}): string {
  // A path (`/api`, `api`) is this origin; anything with a scheme or `//` names another one.
  const elsewhere = apiBaseUrl !== undefined && /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(apiBaseUrl)
  const api = elsewhere ? ` ${originOf(apiBaseUrl, 'VITE_API_BASE_URL')}` : ''
  const images = imageOrigin ? ` ${originOf(imageOrigin, 'VITE_IMAGE_ORIGIN')}` : ''
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self'${images}`,
    `connect-src 'self'${api}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // No string ever reaches a script sink (innerHTML, script src, eval) unvetted.
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY}`,
  ].join('; ')
}

export function securityHeaders(config: SecurityConfig = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config),
    // Which article a reader opened is nobody else's business, the API's included.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // A news reader needs none of these; nothing embedded may ask for them either.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
  }
}
