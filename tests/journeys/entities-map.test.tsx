import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

// The map loads lazily with its data (world-atlas); transformed once before the journeys wait on it. Role
// queries over its shapes are slow in jsdom: a loaded machine (the whole suite, two workers) took over 5 s.
const MAP_TIMEOUT = 15_000
beforeAll(async () => {
  await import('../../src/features/entities/world-map')
}, 60_000)

describe('the map of countries', { timeout: 30_000 }, () => {
  it('links each covered country, named with its count and most written about first, to its page', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/entities')
    const map = await screen.findByRole(
      'group',
      { name: 'Peta negara menurut jumlah artikel' },
      { timeout: MAP_TIMEOUT },
    )
    const countries = within(map).getAllByRole('link')
    // Every country of the directory with a code is a link on the map; the rest of the world is drawn but inert.
    expect(countries).toHaveLength(19)
    const counts = countries.map((link) => Number(/, (\d+) artikel$/.exec(link.getAttribute('aria-label') ?? '')![1]))
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)

    // The legend's ranges meet (no count between two shades left out) and span the countries' counts.
    const ranges = within(screen.getByRole('list', { name: 'Jumlah artikel' }))
      .getAllByRole('listitem')
      .slice(0, -1)
      .map((item) => (item.textContent ?? '').split('–').map(Number))
      .map(([low, high]) => ({ low: low!, high: high ?? low! }))
    expect(ranges.length).toBeGreaterThan(1)
    expect(ranges[0]!.low).toBe(Math.min(...counts))
    expect(ranges.at(-1)!.high).toBe(Math.max(...counts))
    ranges.slice(1).forEach((range, k) => expect(range.low).toBe(ranges[k]!.high + 1))

    const russia = within(map).getByRole('link', { name: /^Rusia, \d+ artikel$/ })
    expect(russia).toHaveAttribute('href', '/entities/rusia')
    await user.click(russia)
    await expect.poll(() => router.state.location.pathname).toBe('/entities/rusia')
    expect(await screen.findByRole('heading', { level: 1, name: 'Rusia' }, { timeout: 5000 })).toBeInTheDocument()
  })

  it('switches between the map and the list alone, in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/entities')
    const name = 'Peta negara menurut jumlah artikel'
    expect(await screen.findByRole('group', { name }, { timeout: MAP_TIMEOUT })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Daftar' }))
    await expect.poll(() => router.state.location.search).toBe('?view=list')
    await waitFor(() => expect(screen.queryByRole('group', { name })).not.toBeInTheDocument())
    expect(screen.getByRole('link', { name: 'Vladimir Putin' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Peta' }))
    expect(await screen.findByRole('group', { name }, { timeout: MAP_TIMEOUT })).toBeInTheDocument()
  })
})
