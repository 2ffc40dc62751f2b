// An article's section as the interface names it. The API gives the newsroom's Indonesian names; the English
// interface translates the ones the corpus has and shows any other as it comes.
import type { Language } from '../reader-data/settings'

const ENGLISH: Partial<Record<string, string>> = {
  Internasional: 'International',
  Ekonomi: 'Economy',
  Analisis: 'Analysis',
}

export function sectionName(section: string, language: Language): string {
  return language === 'en' ? (ENGLISH[section] ?? section) : section
}
