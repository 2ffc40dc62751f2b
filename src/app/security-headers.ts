// The production Content-Security-Policy, sent by the preview server (and by
// any host that serves dist/). No inline script anywhere in the app. The API
// may live elsewhere (VITE_API_BASE_URL): its origin is allowed to connect.
export function contentSecurityPolicy(apiBaseUrl?: string): string {
  let apiOrigin = ''
  if (apiBaseUrl && /^https?:\/\//i.test(apiBaseUrl)) apiOrigin = ` ${new URL(apiBaseUrl).origin}`
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    `connect-src 'self' https:${apiOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
