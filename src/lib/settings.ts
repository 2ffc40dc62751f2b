// The reader's interface choices (language, theme), persisted in localStorage
// and validated on read like any other stored data.
import { useSyncExternalStore } from 'react'
import * as z from 'zod/mini'

export const Language = z.enum(['id', 'en'])
export type Language = z.infer<typeof Language>
export const Theme = z.enum(['light', 'dark', 'system'])
export type Theme = z.infer<typeof Theme>

const Settings = z.object({ language: z.catch(Language, 'id'), theme: z.catch(Theme, 'system') })
export type Settings = z.infer<typeof Settings>

const STORAGE_KEY = 'warta:settings'
const defaults: Settings = { language: 'id', theme: 'system' }

function read(): Settings {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (!raw) return defaults
    const parsed = Settings.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : defaults
  } catch {
    return defaults
  }
}

let current = read()
const listeners = new Set<() => void>()

export function getSettings(): Settings {
  return current
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch }
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(current))
  } catch {
    // Storage blocked: the choice still applies for this visit.
  }
  applyToDocument(current)
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings)
}

/** Reloads the settings from storage (tests, and another tab's change). */
export function reloadSettings(): void {
  current = read()
  applyToDocument(current)
  listeners.forEach((listener) => listener())
}

const darkQuery = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)')

export function applyToDocument(settings: Settings): void {
  if (typeof document === 'undefined') return
  const dark = settings.theme === 'dark' || (settings.theme === 'system' && Boolean(darkQuery()?.matches))
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
  document.documentElement.lang = settings.language
}

/** Keeps the document in step with the system theme and with other tabs. */
export function watchSettings(): () => void {
  applyToDocument(current)
  const query = darkQuery()
  const onSystemChange = () => applyToDocument(current)
  query?.addEventListener?.('change', onSystemChange)
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) reloadSettings()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    query?.removeEventListener?.('change', onSystemChange)
    window.removeEventListener('storage', onStorage)
  }
}
