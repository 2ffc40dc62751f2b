import { render } from '@testing-library/react'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { CommandsProvider, useCommand, useRunCommand, type CommandHandler, type CommandName } from './commands'

function Registers({ handler, fallback }: { handler: CommandHandler; fallback?: boolean }) {
  useCommand('save', handler, { fallback })
  return null
}

function Runner({ onReady }: { onReady: (run: (name: CommandName) => boolean) => void }) {
  const run = useRunCommand()
  useEffect(() => onReady(run), [onReady, run])
  return null
}

function setup(handlers: { handler: CommandHandler; fallback?: boolean }[]) {
  const runner: { run: (name: CommandName) => boolean } = { run: () => false }
  const ready = (run: (name: CommandName) => boolean) => void (runner.run = run)
  const { unmount } = render(
    <CommandsProvider>
      {handlers.map((props, index) => (
        <Registers key={index} {...props} />
      ))}
      <Runner onReady={ready} />
    </CommandsProvider>,
  )
  return { run: (name: CommandName) => runner.run(name), unmount }
}

describe('the command registry', () => {
  it('runs handlers in mount order until one acts, fallbacks only when none did', () => {
    const calls: string[] = []
    const { run } = setup([
      { handler: () => (calls.push('fallback'), true), fallback: true },
      { handler: () => (calls.push('a'), false) },
      { handler: () => (calls.push('b'), true) },
      { handler: () => (calls.push('c'), true) },
    ])
    expect(run('save')).toBe(true)
    expect(calls).toEqual(['a', 'b'])
  })

  it('falls back when no handler acts, and reports when nothing did', () => {
    const calls: string[] = []
    const { run } = setup([
      { handler: () => (calls.push('a'), false) },
      { handler: () => (calls.push('fallback'), false), fallback: true },
    ])
    expect(run('save')).toBe(false)
    expect(calls).toEqual(['a', 'fallback'])
    expect(run('search')).toBe(false)
  })

  it('forgets the handlers of an unmounted component', () => {
    const { run, unmount } = setup([{ handler: () => true }])
    expect(run('save')).toBe(true)
    unmount()
    expect(run('save')).toBe(false)
  })
})
