import { describe, expect, it } from 'vitest'
import { isOwnScriptUrl } from './trusted-types'

const ORIGIN = 'https://warta.example'

describe('the Trusted Types policy vouches for Warta’s own scripts only', () => {
  it('takes the service worker and the built chunks, relative or absolute', () => {
    expect(isOwnScriptUrl('/sw.js', ORIGIN)).toBe(true)
    expect(isOwnScriptUrl(`${ORIGIN}/assets/import-worker-Bx1_9z.js`, ORIGIN)).toBe(true)
  })

  it('refuses other origins, other paths, queries, fragments and non-scripts', () => {
    for (const url of [
      'https://evil.example/sw.js',
      '//evil.example/assets/a.js',
      '/assets/../api/articles',
      '/assets/a.js?x=1',
      '/sw.js#x',
      '/api/sw.js',
      '/assets/sub/a.js',
      'data:text/javascript,alert(1)',
      'javascript:alert(1)',
      '/assets/a.css',
    ]) {
      expect(isOwnScriptUrl(url, ORIGIN), url).toBe(false)
    }
  })
})
