// Interface text lives in typed catalogs, one per feature plus the shared one
// (src/lib/messages.ts): each defines `id` first and `en` with the same keys
// and signatures, so a missing translation is a type error.
import { useSetting } from '../reader-data/reader-data'
import type { Language } from '../reader-data/settings'

export type Message = string | ((...args: never[]) => string)
export type Catalog<T extends Record<string, Message>> = { id: T; en: { [K in keyof T]: T[K] } }

export function defineMessages<T extends Record<string, Message>>(catalog: Catalog<T>): Catalog<T> {
  return catalog
}

export function useMessages<T extends Record<string, Message>>(catalog: Catalog<T>): T {
  return catalog[useSetting('language')]
}

export function useLanguage(): Language {
  return useSetting('language')
}

/** The language the articles are written in, whatever the interface speaks (for `lang` on content). */
export const CONTENT_LANGUAGE = 'id'
