import { describe, expect, it } from 'vitest'
import { sectionName } from './section-names'

describe('a section’s name', () => {
  it('is the API’s in Indonesian, translated in English, and any other shown as it comes', () => {
    expect(sectionName('Ekonomi', 'id')).toBe('Ekonomi')
    expect(sectionName('Ekonomi', 'en')).toBe('Economy')
    expect(sectionName('Internasional', 'en')).toBe('International')
    expect(sectionName('Olahraga', 'en')).toBe('Olahraga')
  })
})
