// Keyboard commands as a small registry in context: components and features
// register what a command means where they are, and the app's shortcut handler
// runs commands by name, knowing nothing of their markup.
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react'

export type CommandName = 'next' | 'previous' | 'open' | 'save' | 'search'

/** Acts and returns true, or returns false to let the next handler try. */
export type CommandHandler = () => boolean

type Entry = { handler: { current: CommandHandler }; fallback: boolean }

class CommandRegistry {
  readonly #entries = new Map<CommandName, Set<Entry>>()

  register(name: CommandName, entry: Entry): () => void {
    const entries = this.#entries.get(name) ?? new Set()
    entries.add(entry)
    this.#entries.set(name, entries)
    return () => void entries.delete(entry)
  }

  /** Handlers for what has focus first, then page-wide fallbacks; each in the order they mounted. */
  run(name: CommandName): boolean {
    const entries = [...(this.#entries.get(name) ?? [])]
    const first = entries.filter((entry) => !entry.fallback)
    const then = entries.filter((entry) => entry.fallback)
    return first.some((entry) => entry.handler.current()) || then.some((entry) => entry.handler.current())
  }
}

const CommandsContext = createContext<CommandRegistry | null>(null)

export function CommandsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new CommandRegistry())
  return <CommandsContext value={registry}>{children}</CommandsContext>
}

/** Registers `handler` for a command while the component is mounted; a fallback runs only if no other acted. */
export function useCommand(name: CommandName, handler: CommandHandler, { fallback = false } = {}) {
  const registry = useContext(CommandsContext)
  const latest = useRef(handler)
  useLayoutEffect(() => {
    latest.current = handler
  })
  // Before the first paint: a key pressed the moment the page shows finds its handler.
  useLayoutEffect(() => registry?.register(name, { handler: latest, fallback }), [registry, name, fallback])
}

/** Runs a command by name; true when some handler acted. */
export function useRunCommand(): (name: CommandName) => boolean {
  const registry = useContext(CommandsContext)
  return useCallback((name: CommandName) => registry?.run(name) ?? false, [registry])
}
