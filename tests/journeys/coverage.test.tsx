import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

const SEED_TITLE = /putin telepon xi, lukashenko, dan modi/i

describe("a leader's coverage", () => {
  it('opens the feed for one day from its bar, and the date chip removes the day again', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/entities/vladimir-putin')
    const coverage = await screen.findByRole('region', { name: 'Liputan dari waktu ke waktu' })
    const bar = within(coverage).getByRole('link', { name: /^9 Agustus 2025: \d+ artikel$/ })
    const count = Number(/: (\d+) artikel/.exec(bar.getAttribute('aria-label') ?? '')![1])
    expect(count).toBeGreaterThan(0)
    await user.click(bar)

    expect(await screen.findByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?entity=vladimir-putin&from=2025-08-09&to=2025-08-09')
    expect(await screen.findByText(`${count} artikel tentang Vladimir Putin`)).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    expect(within(list).getAllByRole('article')).toHaveLength(count)
    expect(within(list).getByRole('link', { name: SEED_TITLE })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Hapus rentang tanggal 9 Agustus 2025' }))
    await expect.poll(() => router.state.location.search).toBe('?entity=vladimir-putin')
    expect(screen.queryByRole('button', { name: /Hapus rentang tanggal/ })).not.toBeInTheDocument()
  })

  it('shows the same data as a table on request', async () => {
    const user = userEvent.setup()
    renderApp('/entities/vladimir-putin')
    const coverage = await screen.findByRole('region', { name: 'Liputan dari waktu ke waktu' })
    const bars = within(coverage).getAllByRole('link')
    const toggle = within(coverage).getByRole('button', { name: 'Lihat sebagai tabel' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)

    expect(toggle).toHaveAccessibleName('Lihat sebagai grafik')
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    const table = within(coverage).getByRole('table', { name: 'Artikel tentang Vladimir Putin per periode' })
    const row = within(table).getByRole('row', { name: /^9 Agustus 2025 \d+$/ })
    expect(within(row).getByRole('link', { name: '9 Agustus 2025' })).toHaveAttribute(
      'href',
      '/?entity=vladimir-putin&from=2025-08-09&to=2025-08-09',
    )
    // Every day with articles is a link in both views.
    expect(within(table).getAllByRole('link')).toHaveLength(bars.length)
    await user.click(toggle)
    expect(within(coverage).queryByRole('table')).not.toBeInTheDocument()
  })

  it('links each co-mention bar to the pair filter, named from its visible text', async () => {
    renderApp('/entities/vladimir-putin')
    const coMentions = await screen.findByRole('region', { name: 'Sering disebut bersama' })
    const pair = within(coMentions).getByRole('link', { name: /^\d+ artikel tentang Vladimir Putin dan Donald Trump$/ })
    expect(pair).toHaveAttribute('href', '/?entity=vladimir-putin&entity=donald-trump')
    expect(pair.getAttribute('aria-label')).toMatch(new RegExp(`^${pair.textContent}`))
  })
})
