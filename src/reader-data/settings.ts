// The settings kind: the reader's interface choices (language, theme). Kept
// in the quick storage (localStorage), read synchronously, so the first paint
// already speaks the reader's language in their theme.
import * as z from 'zod/mini'
import { createKindStore, type KindDefinition, type KindStoreOptions } from './kind-store'

export const Language = z.enum(['id', 'en'])
export type Language = z.infer<typeof Language>
export const Theme = z.enum(['light', 'dark', 'system'])
export type Theme = z.infer<typeof Theme>

const Settings = z.object({ language: z.catch(Language, 'id'), theme: z.catch(Theme, 'system') })
export type Settings = z.infer<typeof Settings>

const settingsKind: KindDefinition<Settings> = {
  name: 'settings',
  version: 1,
  empty: { language: 'id', theme: 'system' },
  read(data) {
    const parsed = Settings.safeParse(data)
    return parsed.success ? { value: parsed.data, invalid: 0 } : null
  },
  count: (value) => Object.keys(value).length,
  // Before the reader-data format, the settings object was stored as it is.
  legacy: [
    {
      from: 'v0',
      matches: (value) => !('format' in value) && !('version' in value) && ('language' in value || 'theme' in value),
      toData: (value) => value,
    },
  ],
}

export type SettingsStore = ReturnType<typeof createSettingsStore>

const darkQuery = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)')

function applyToDocument(settings: Settings): void {
  if (typeof document === 'undefined') return
  const dark = settings.theme === 'dark' || (settings.theme === 'system' && Boolean(darkQuery()?.matches))
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
  document.documentElement.lang = settings.language
}

export function createSettingsStore(options: KindStoreOptions) {
  const store = createKindStore<Settings, 'change'>(settingsKind, options)
  return {
    ready: store.ready,
    getState: store.getState,
    subscribe: store.subscribe,
    dismissProblem: store.dismissProblem,
    dismissFailure: store.dismissFailure,
    /** Changes some settings: on screen at once, put back and reported if storage refuses. */
    update: (patch: Partial<Settings>) =>
      store.change(
        (current) =>
          Object.entries(patch).every(([key, value]) => current[key as keyof Settings] === value)
            ? current
            : { ...current, ...patch },
        'change',
      ),
    /** Keeps the document (lang, dark class) in step with the settings, the system theme and other tabs. */
    watchDocument(): () => void {
      const apply = () => applyToDocument(store.getState().value)
      apply()
      const query = darkQuery()
      query?.addEventListener?.('change', apply)
      const stop = store.subscribe(apply)
      return () => {
        query?.removeEventListener?.('change', apply)
        stop()
      }
    },
    dispose: store.dispose,
    about: store.about,
  }
}
