// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createAnnotator, type GazetteerEntry } from './annotator.ts'
import { loadAuthoredArticles, loadGazetteer } from './corpus.ts'

const gazetteer = loadGazetteer()
const annotator = createAnnotator(gazetteer)
const SEED = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
const seed = loadAuthoredArticles().find((a) => a.slug === SEED)!
const typeOf = new Map(gazetteer.map((e) => [e.id, e.type]))

function annotateSeed() {
  return annotator.annotate({
    title: seed.title,
    heroCaption: seed.hero.caption,
    paragraphs: seed.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])),
    figureCaptions: seed.body.flatMap((b) => (b.type === 'figure' ? [b.photo.caption] : [])),
  })
}

/** The matched text and entity of each mention in `text`. */
const found = (text: string) => annotator.findMentions(text).map((m) => [text.slice(m.start, m.end), m.entityId])

describe('annotator on the seed article', () => {
  it('finds exactly the seed’s people and countries', () => {
    const { entityIds } = annotateSeed()
    expect(entityIds.filter((id) => typeOf.get(id) === 'person').sort()).toEqual(
      [
        'vladimir-putin',
        'donald-trump',
        'xi-jinping',
        'alexander-lukashenko',
        'shavkat-mirziyoyev',
        'kassym-jomart-tokayev',
        'narendra-modi',
        'steve-witkoff',
      ].sort(),
    )
    expect(entityIds.filter((id) => typeOf.get(id) === 'country').sort()).toEqual(
      ['rusia', 'amerika-serikat', 'tiongkok', 'belarus', 'uzbekistan', 'kazakhstan', 'india', 'ukraina'].sort(),
    )
  })

  it('orders entities by first appearance: title, hero caption, then paragraphs', () => {
    const { entityIds } = annotateSeed()
    // Title: Putin, Xi, Lukashenko, Modi, Trump; caption: Rusia, AS.
    expect(entityIds.slice(0, 7)).toEqual([
      'vladimir-putin',
      'xi-jinping',
      'alexander-lukashenko',
      'narendra-modi',
      'donald-trump',
      'rusia',
      'amerika-serikat',
    ])
  })

  it('spans point at the text they name, whole names preferred', () => {
    const paragraphs = seed.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    const { paragraphMentions } = annotateSeed()
    const named = paragraphMentions.map((spans, i) =>
      spans.map((s) => [paragraphs[i]!.slice(s.start, s.end), s.entityId]),
    )
    expect(named[0]).toEqual([
      ['Rusia', 'rusia'],
      ['Vladimir Putin', 'vladimir-putin'],
      ['Rusia', 'rusia'],
      ['Amerika Serikat', 'amerika-serikat'],
      ['Donald Trump', 'donald-trump'],
    ])
    expect(named[1]).toContainEqual(['Belarusia', 'belarus'])
    expect(named[4]).toEqual([
      ['Xi', 'xi-jinping'],
      ['Washington', 'amerika-serikat'],
      ['Moskow', 'rusia'],
      ['Beijing', 'tiongkok'],
    ])
    expect(named[6]).toContainEqual(['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev'])
    expect(named[6]).toContainEqual(['Kremlin', 'rusia'])
    for (const spans of paragraphMentions) {
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end)
    }
  })

  it('is deterministic, also across separately built annotators', () => {
    const first = annotateSeed()
    expect(annotateSeed()).toEqual(first)
    const again = createAnnotator(loadGazetteer())
    const text = seed.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join(' ')
    expect(again.findMentions(text)).toEqual(annotator.findMentions(text))
  })
})

describe('annotator matching rules', () => {
  it('matches "AS" only as a capitalised whole word', () => {
    expect(found('Asia, kasus, as, BASIS, Aset, ASEAN')).toEqual([])
    expect(found('Presiden AS, (AS) dan AS.')).toEqual([
      ['AS', 'amerika-serikat'],
      ['AS', 'amerika-serikat'],
      ['AS', 'amerika-serikat'],
    ])
  })

  it('is case- and diacritics-insensitive for other aliases', () => {
    expect(found('ERDOĞAN, erdogan, Erdoğan dan Lula da silva')).toEqual([
      ['ERDOĞAN', 'recep-tayyip-erdogan'],
      ['erdogan', 'recep-tayyip-erdogan'],
      ['Erdoğan', 'recep-tayyip-erdogan'],
      ['Lula da silva', 'luiz-inacio-lula-da-silva'],
    ])
    // Decomposed (NFD) text: the span covers the combining mark.
    const nfd = 'Kata Erdoğan.'.normalize('NFD')
    expect(found(nfd)).toEqual([['Erdoğan'.normalize('NFD'), 'recep-tayyip-erdogan']])
  })

  it('matches whole words only, and hyphenated names as one alias', () => {
    expect(found('Putinisme dan Trumponomics, pro-Kremlin')).toEqual([['Kremlin', 'rusia']])
    expect(found('Tokayev; Kassym-Jomart Tokayev')).toEqual([
      ['Tokayev', 'kassym-jomart-tokayev'],
      ['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev'],
    ])
    expect(found('Pembicaraan Ukraina-Rusia')).toEqual([
      ['Ukraina', 'ukraina'],
      ['Rusia', 'rusia'],
    ])
  })

  it('prefers the longest match and never overlaps', () => {
    expect(found('Presiden Amerika Serikat Donald Trump; Donald Tusk')).toEqual([
      ['Amerika Serikat', 'amerika-serikat'],
      ['Donald Trump', 'donald-trump'],
      ['Donald Tusk', 'donald-tusk'],
    ])
    const tiny: GazetteerEntry[] = [
      { id: 'a', type: 'person', name: 'Kim Jong', aliases: [] },
      { id: 'b', type: 'person', name: 'Jong Un Besar', aliases: [] },
    ]
    const spans = createAnnotator(tiny).findMentions('Kim Jong Un Besar')
    expect(spans).toEqual([{ start: 4, end: 17, entityId: 'b' }])
  })

  it('reads names as the search does: any dash or space between their words, invisible characters ignored', () => {
    expect(found('Kassym Jomart Tokayev dan Kim Jong\u2011un; Put\u200bin')).toEqual([
      ['Kassym Jomart Tokayev', 'kassym-jomart-tokayev'],
      ['Kim Jong\u2011un', 'kim-jong-un'],
      ['Put\u200bin', 'vladimir-putin'],
    ])
    // Other punctuation ends a name: "Amerika. Serikat" is not the country.
    expect(found('Amerika. Serikat')).toEqual([])
  })
})
