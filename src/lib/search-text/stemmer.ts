// An Indonesian stemmer without a dictionary, after Nazief and Adriani's
// confix stripping: particles (-lah, -kah, -tah, -pun), then possessives
// (-ku, -mu, -nya), then one derivational suffix (-kan, -an, -i), then up to
// three prefixes (di-, ke-, se-, ber-, ter-, per-, meN-, peN-).
// Without a dictionary meN-/peN- before a vowel is ambiguous (menolak is
// tolak, menilai is nilai; memukul is pukul, memakan is makan; mengambil is
// ambil, mengirim is kirim), so a root's first letter is written as its class:
// t/n → 'ŧ', p/m → 'ᵽ', k/none → 'ꝁ' before a vowel. "telepon", "menelepon"
// and "ditelepon" all stem to "ŧelepon". Stems are index keys, never shown.

const VOWEL = /^[aiueo]/
const PARTICLES = ['lah', 'kah', 'tah', 'pun']
const POSSESSIVES = ['nya', 'ku', 'mu']
// Longest first: -kan before -an.
const SUFFIXES = ['kan', 'an', 'i']
const MIN_ROOT = 3

function hasVowel(word: string): boolean {
  return /[aiueo]/.test(word)
}

function stripEnding(word: string, endings: readonly string[], minRest: number): string {
  for (const ending of endings) {
    if (word.length - ending.length >= minRest && word.endsWith(ending)) {
      const rest = word.slice(0, -ending.length)
      if (hasVowel(rest)) return rest
    }
  }
  return word
}

/** One prefix off, or null; meN-/peN- before a vowel keep their nasal, which the letter classes read. */
function stripPrefix(word: string): string | null {
  const rest = (n: number, min = MIN_ROOT, lead = ''): string | null => {
    const r = lead + word.slice(n)
    return r.length >= min && hasVowel(r) ? r : null
  }
  const nasal = word.startsWith('me') || (word.startsWith('pe') && !word.startsWith('per'))
  if (nasal) {
    const after = (n: number) => word.slice(n)
    if (word.startsWith('ny', 2)) return VOWEL.test(after(4)) ? rest(4, MIN_ROOT, 's') : null
    if (word.startsWith('ng', 2)) {
      // menge- before a one-syllable root (mengebom).
      if (word[4] === 'e' && !VOWEL.test(after(5)) && after(5).length <= 4) return rest(5)
      return rest(4)
    }
    if (word[2] === 'm') return VOWEL.test(after(3)) ? rest(3, MIN_ROOT, 'm') : rest(3)
    if (word[2] === 'n') return VOWEL.test(after(3)) ? rest(3, MIN_ROOT, 'n') : rest(3)
    if (/^[lrwy]/.test(after(2)) || word.startsWith('pe')) return rest(2)
    return null
  }
  if (word.startsWith('per')) return rest(3, 4) ?? rest(2)
  if (word.startsWith('ber') || word.startsWith('ter')) return rest(3, 4)
  if (word.startsWith('belajar')) return rest(3)
  if (word.startsWith('beker')) return rest(2)
  if (word.startsWith('di') || word.startsWith('ke')) return rest(2)
  if (word.startsWith('se')) return rest(2, 5)
  return null
}

const hasPrefix = (word: string) => /^(me|pe|be|te|di|ke|se)/.test(word)

/** Looks prefixed but is too short to strip: then what made it short was part of the root (ber-ta-nya). */
function prefixBlocked(word: string): boolean {
  return hasPrefix(word) && stripPrefix(word) === null && /^(ber|ter|per|me[mny]|pe[mny]|di|ke)/.test(word)
}

function stripPrefixes(word: string): string {
  let w = word
  for (let n = 0; n < 3; n++) {
    const next = stripPrefix(w)
    if (next === null) break
    w = next
  }
  return w
}

/** The letter class of a root's first letter, so that every recoding of meN-/peN- meets. */
function classify(root: string): string {
  if (/^[tn][aiueo]/.test(root)) return `ŧ${root.slice(1)}`
  if (/^[pm][aiueo]/.test(root)) return `ᵽ${root.slice(1)}`
  if (/^k[aiueo]/.test(root)) return `ꝁ${root.slice(1)}`
  if (VOWEL.test(root)) return `ꝁ${root}`
  return root
}

const cache = new Map<string, string>()

/**
 * The stem of one folded word (see tokenize). Words under 4 letters, words
 * with digits and names the caller keeps (the gazetteer's aliases) are left
 * as they are.
 */
export function stem(word: string, keep?: ReadonlySet<string>): string {
  if (keep?.has(word)) return word
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  let w = stripEnding(word, PARTICLES, 4)
  // -ku/-mu after a prefix is the root's own ending: berlaku, bertemu.
  const possessive = stripEnding(w, POSSESSIVES, 4)
  if (possessive !== w && !prefixBlocked(possessive) && (possessive.length + 3 === w.length || !hasPrefix(w)))
    w = possessive
  const beforeSuffix = w
  w = stripEnding(w, SUFFIXES, 4)
  // A root ending in k takes -an, not -kan: kenaikan is naik.
  if (w !== beforeSuffix && beforeSuffix.endsWith('kan') && classify(stripPrefixes(w)).length < 4)
    w = beforeSuffix.slice(0, -2)
  // -ian and -ikan keep the root's -i apart: perdamaian and mendamaikan meet damai at "dama".
  if (w !== beforeSuffix && /i(k?an)$/.test(beforeSuffix)) w = stripEnding(w, ['i'], 4)
  w = stripPrefixes(w)
  const result = classify(w)
  if (cache.size < 50_000) cache.set(word, result)
  return result
}
