import { describe, expect, it } from 'vitest'
import { stem } from './stemmer'

/** Each line: words that a search for any of them must find, as the issue and the corpus write them. */
const FAMILIES = [
  'telepon menelepon ditelepon meneleponnya',
  'tarif tarifnya tarifnyalah',
  'serang serangan menyerang diserang penyerangan serangannya',
  'sanksi sanksinya',
  'perang berperang peperangan',
  'temu bertemu pertemuan menemui',
  'damai perdamaian mendamaikan',
  'sepakat kesepakatan menyepakati disepakati',
  'kata katakan mengatakan dikatakan',
  'pukul memukul dipukul pemukul',
  'bahas membahas dibahas pembahasan',
  'kritik mengkritik dikritik',
  'ingat peringatan memperingatkan diingatkan',
  'laku berlaku memberlakukan diberlakukan',
  'naik kenaikan menaikkan dinaikkan',
  'tanya bertanya pertanyaan ditanya',
  'kunjung kunjungan berkunjung mengunjungi',
  'impor mengimpor',
  'ekspor mengekspor pengekspor',
  'terima menerima diterima penerimaan',
  'nilai menilai penilaian',
  'ambil mengambil pengambilan',
  'kirim mengirim pengiriman',
  'jabat pejabat menjabat jabatan',
  'ancam mengancam ancaman diancam',
  'dukung mendukung dukungan pendukung',
  'sambut menyambut sambutan',
  'bom mengebom pengeboman',
  'aman keamanan mengamankan',
  'rumah rumahku rumahmu rumahnya',
  'bukan bukankah',
  'siapa siapapun',
]

describe('Indonesian stemmer', () => {
  it.each(FAMILIES)('one stem for: %s', (line) => {
    const words = line.split(' ')
    expect(new Set(words.map((word) => stem(word))), words.map((w) => `${w}→${stem(w)}`).join(' ')).toHaveLength(1)
  })

  it('keeps apart words that only look alike', () => {
    expect(stem('tarif')).not.toBe(stem('tari'))
    expect(stem('serang')).not.toBe(stem('perang'))
    expect(stem('minyak')).not.toBe(stem('minta'))
  })

  it('leaves names the caller keeps, short words and numbers as they are', () => {
    const names = new Set(['meloni', 'modi', 'tokayev'])
    expect(stem('meloni', names)).toBe('meloni')
    expect(stem('modi', names)).toBe('modi')
    expect(stem('tokayev', names)).toBe('tokayev')
    expect(stem('xi')).toBe('xi')
    expect(stem('2025')).toBe('2025')
    expect(stem('b2')).toBe('b2')
  })
})
