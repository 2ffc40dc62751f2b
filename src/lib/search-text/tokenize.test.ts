import { describe, expect, it } from 'vitest'
import { codePointLength, foldText, tokenize } from './tokenize'

describe('folding', () => {
  it('ignores case and diacritics, and reads special letters as their base', () => {
    expect(foldText('  Erdoğan  ZELENSKYY\u00a0Tiongkok ')).toBe('erdogan zelenskyy tiongkok')
    expect(foldText('Luiz Inácio Lula da Silva')).toBe('luiz inacio lula da silva')
    expect(foldText('Işık Łódź Ørsted Đorđe Straße Æsir Œuvre')).toBe('isik lodz orsted dorde strasse aesir oeuvre')
  })

  it('splits words at punctuation and every kind of dash', () => {
    expect(foldText('sanksi-sanksi')).toBe('sanksi sanksi')
    expect(foldText('Kassym–Jomart—Tokayev, “Kemajuan Besar”!')).toBe('kassym jomart tokayev kemajuan besar')
    expect(foldText('a<b>c&d')).toBe('a b c d')
  })

  it('joins an apostrophe or a period inside a word: initials, numbers', () => {
    expect(foldText('J.D. Vance')).toBe('jd vance')
    expect(foldText("Jum'at, 1.000 dolar. Lalu")).toBe('jumat 1000 dolar lalu')
  })

  it('drops zero-width and bidi controls, so they cannot hide or split a word', () => {
    expect(foldText('Put\u200bin Ze\u200dlen\u2060sky \u202eTrump\u202c \ufeffXi')).toBe('putin zelensky trump xi')
    expect(foldText('\u200b\u200f')).toBe('')
  })

  it('keeps letters of other scripts; emoji and symbols are not words', () => {
    expect(foldText('Путин 普京 بوتين')).toBe('путин 普京 بوتين')
    expect(foldText('🇮🇩 😀 ★ $ ^ .* [a-z]+')).toBe('a z')
  })
})

describe('tokenize', () => {
  it('gives each word’s offsets in the original text, for highlights', () => {
    const text = 'Presiden Erdoğan (Turki) menelepon—Putin.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.term)).toEqual(['presiden', 'erdogan', 'turki', 'menelepon', 'putin'])
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Presiden',
      'Erdoğan',
      'Turki',
      'menelepon',
      'Putin',
    ])
  })

  it('covers combining marks and astral letters in the span', () => {
    const nfd = 'Kata Erdoğan.'.normalize('NFD')
    const [, word] = tokenize(nfd)
    expect(word?.term).toBe('erdogan')
    expect(nfd.slice(word!.start, word!.end)).toBe('Erdoğan'.normalize('NFD'))
    const astral = 'ab𝐀cd x'
    expect(tokenize(astral).map((t) => astral.slice(t.start, t.end))).toEqual(['ab𝐀cd', 'x'])
  })

  it('counts characters as a reader does', () => {
    expect(codePointLength('😀'.repeat(101))).toBe(101)
    expect('😀'.repeat(101).length).toBe(202)
  })
})
