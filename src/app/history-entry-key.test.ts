import { describe, expect, it } from 'vitest'
import { keyFreshHistoryEntry } from './history-entry-key'

function fakeHistory(state: unknown) {
  const history = {
    state,
    replaceState(next: unknown) {
      history.state = next
    },
  }
  return history
}

describe('keyFreshHistoryEntry', () => {
  it('gives an entry opened from the address bar a key of its own, a new one each time', () => {
    const first = fakeHistory(null)
    const second = fakeHistory(null)
    keyFreshHistoryEntry(first as unknown as History)
    keyFreshHistoryEntry(second as unknown as History)
    expect(first.state).toEqual({ usr: null, key: expect.stringMatching(/^[a-z0-9]{4,}$/) })
    expect((second.state as { key: string }).key).not.toBe((first.state as { key: string }).key)
  })

  it('keeps the key and the rest of an entry that has one (a reload, Back)', () => {
    const history = fakeHistory({ usr: { from: 'feed' }, key: 'abc123', idx: 2 })
    keyFreshHistoryEntry(history as unknown as History)
    expect(history.state).toEqual({ usr: { from: 'feed' }, key: 'abc123', idx: 2 })
  })

  it('keeps what another script stored in the entry', () => {
    const history = fakeHistory({ idx: 0, other: 1 })
    keyFreshHistoryEntry(history as unknown as History)
    expect(history.state).toMatchObject({ idx: 0, other: 1, usr: null, key: expect.any(String) })
  })
})
