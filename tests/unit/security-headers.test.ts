// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../src/app/security-headers'

describe('the Content-Security-Policy', () => {
  it('allows only this origin for scripts, and nothing inline, framed or based elsewhere', () => {
    const policy = contentSecurityPolicy()
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy).toContain(directive)
    }
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
  })

  it('lets the app connect to an API on another origin, and only that one', () => {
    expect(contentSecurityPolicy('http://localhost:8787/api')).toContain(
      "connect-src 'self' https: http://localhost:8787;",
    )
    expect(contentSecurityPolicy('/api')).toContain("connect-src 'self' https:;")
  })
})
