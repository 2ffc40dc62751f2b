// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { securityHeaders } from './security-headers'

const contentSecurityPolicy = (config?: Parameters<typeof securityHeaders>[0]) =>
  securityHeaders(config)['Content-Security-Policy']!

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1)

describe('the Content-Security-Policy', () => {
  it('allows only this origin for scripts, and nothing inline, framed or based elsewhere', () => {
    const policy = contentSecurityPolicy()
    for (const expected of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types default',
    ]) {
      expect(policy).toContain(expected)
    }
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
  })

  it('names no wildcard origin and no bare scheme, configured or not', () => {
    for (const policy of [
      contentSecurityPolicy(),
      contentSecurityPolicy({ apiBaseUrl: 'https://api.example/v1', imageOrigin: 'https://img.example' }),
    ]) {
      expect(policy).not.toContain('*')
      expect(policy).not.toMatch(/(?:^|\s)(?:https?|data|blob):(?:\s|;|$)/)
    }
  })

  it('connects to this origin only, or also to the configured API’s origin', () => {
    expect(directive(contentSecurityPolicy(), 'connect-src')).toBe("'self'")
    expect(directive(contentSecurityPolicy({ apiBaseUrl: '/api' }), 'connect-src')).toBe("'self'")
    expect(directive(contentSecurityPolicy({ apiBaseUrl: 'http://localhost:8787/api' }), 'connect-src')).toBe(
      "'self' http://localhost:8787",
    )
  })

  it('shows images from this origin only, or also from the configured image origin', () => {
    expect(directive(contentSecurityPolicy(), 'img-src')).toBe("'self'")
    expect(directive(contentSecurityPolicy({ apiBaseUrl: 'https://api.example/v1' }), 'img-src')).toBe("'self'")
    expect(directive(contentSecurityPolicy({ imageOrigin: 'https://img.example/photos/' }), 'img-src')).toBe(
      "'self' https://img.example",
    )
  })

  it.each([
    { apiBaseUrl: 'https://*.example.com/api' },
    { apiBaseUrl: 'javascript:alert(1)' },
    { apiBaseUrl: '//api.example/api' },
    { imageOrigin: 'https:' },
    { imageOrigin: '*' },
  ])('refuses a configuration that would widen it: %o', (config) => {
    expect(() => contentSecurityPolicy(config)).toThrow(/must be an http\(s\) URL/)
  })
})

describe('the other security headers', () => {
  it('send no referrer, forbid sniffing, and switch off the powerful features', () => {
    const headers = securityHeaders()
    expect(headers['Referrer-Policy']).toBe('no-referrer')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
      expect(headers['Permissions-Policy']).toContain(`${feature}=()`)
    }
  })
})
