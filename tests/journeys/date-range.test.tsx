import type { QueryClient } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

// The corpus's newest article is of 31 August 2025 (WIB): the presets count back from that day.
const NEWEST = '31 Agustus 2025'

// The panel loads lazily beside the list; its first import (d3 and all, untransformed) can take seconds
// under a loaded test run, so it is transformed once before the journeys wait on it.
beforeAll(async () => {
  await import('../../src/components/date-range-panel')
}, 60_000)

async function datePanel() {
  return screen.findByRole('radiogroup', { name: 'Tanggal' }, { timeout: 5000 })
}

describe('a date range on the feed', { timeout: 30_000 }, () => {
  it('narrows the feed with the presets, counted from the newest article, and Semua lifts the range', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    const presets = await datePanel()
    expect(
      await screen.findByText(`Dihitung dari artikel terbaru, ${NEWEST}.`, {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(within(presets).getByRole('radio', { name: 'Semua' })).toBeChecked()

    await user.click(within(presets).getByRole('radio', { name: '7 hari' }))
    await expect.poll(() => router.state.location.search).toBe('?from=2025-08-25&to=2025-08-31')
    expect(within(presets).getByRole('radio', { name: '7 hari' })).toBeChecked()
    const summary = await screen.findByText(/^\d+ artikel, 25–31 Agustus 2025$/, {}, { timeout: 5000 })
    const count = Number(/^(\d+)/.exec(summary.textContent ?? '')![1])
    expect(await screen.findByText(`${count} artikel`, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Hapus rentang tanggal 25–31 Agustus 2025' })).toBeInTheDocument()

    await user.click(within(presets).getByRole('radio', { name: 'Hari ini' }))
    await expect.poll(() => router.state.location.search).toBe('?from=2025-08-31&to=2025-08-31')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    await expect.poll(() => within(list).getAllByRole('article').length).toBe(2)

    await user.click(within(presets).getByRole('radio', { name: 'Semua' }))
    await expect.poll(() => router.state.location.search).toBe('')
  })

  it('takes a typed range that composes with a leader, and names a reversed one instead of applying it', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/?entity=vladimir-putin')
    await datePanel()
    await user.click(screen.getByText('Rentang lain'))
    const from = screen.getByLabelText('Dari tanggal')
    const to = screen.getByLabelText('Sampai tanggal')
    await user.type(from, '2025-08-12')
    await user.type(to, '2025-08-10')
    await user.click(screen.getByRole('button', { name: 'Terapkan' }))

    expect(from).toHaveAttribute('aria-invalid', 'true')
    expect(from).toHaveAccessibleDescription('Tanggal awal harus sama dengan atau sebelum tanggal akhir.')
    expect(from).toHaveFocus()
    expect(router.state.location.search).toBe('?entity=vladimir-putin')

    await user.clear(to)
    await user.type(to, '2025-08-15')
    await user.click(screen.getByRole('button', { name: 'Terapkan' }))
    await expect.poll(() => router.state.location.search).toBe('?entity=vladimir-putin&from=2025-08-12&to=2025-08-15')
    expect(await screen.findByText(/^\d+ artikel tentang Vladimir Putin$/, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(await screen.findByText(/^\d+ artikel, 12–15 Agustus 2025$/, {}, { timeout: 5000 })).toBeInTheDocument()
  })

  it('asks for at least one date', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    await datePanel()
    await user.click(screen.getByText('Rentang lain'))
    await user.click(screen.getByRole('button', { name: 'Terapkan' }))
    expect(screen.getByLabelText('Dari tanggal')).toHaveAccessibleDescription('Isi setidaknya satu tanggal.')
    expect(router.state.location.search).toBe('')
  })

  it('restores a range from the URL, and keeps it beside a leader', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/?from=2025-08-02&to=2025-08-31')
    const presets = await datePanel()
    await expect.poll(() => within(presets).getByRole('radio', { name: '30 hari' })).toBeChecked()
    await user.click(screen.getByText('Rentang lain'))
    expect(screen.getByLabelText('Dari tanggal')).toHaveValue('2025-08-02')
    expect(screen.getByLabelText('Sampai tanggal')).toHaveValue('2025-08-31')
    await router.navigate('/?entity=vladimir-putin&from=2025-08-02&to=2025-08-31')
    expect(await screen.findByText(/^\d+ artikel tentang Vladimir Putin$/, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(within(presets).getByRole('radio', { name: '30 hari' })).toBeChecked()
  })
})

describe('a date range on the search results', { timeout: 30_000 }, () => {
  it('restores the range from the URL and keeps q, the leaders and the order when a preset is chosen', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=tarif&sort=newest&from=2025-08-01&to=2025-08-15')
    const presets = await datePanel()
    expect(within(presets).getByRole('radio', { name: 'Semua' })).not.toBeChecked()
    expect(await screen.findByText(/^\d+ artikel, 1–15 Agustus 2025$/, {}, { timeout: 5000 })).toBeInTheDocument()

    await user.click(within(presets).getByRole('radio', { name: '30 hari' }))
    await expect.poll(() => router.state.location.search).toBe('?q=tarif&sort=newest&from=2025-08-02&to=2025-08-31')
    const summary = await screen.findByText(/^\d+ artikel, 2–31 Agustus 2025$/, {}, { timeout: 5000 })
    const count = /^(\d+)/.exec(summary.textContent ?? '')![1]
    expect(await screen.findByText(`${count} artikel untuk “tarif”`, {}, { timeout: 5000 })).toBeInTheDocument()

    await user.click(within(presets).getByRole('radio', { name: 'Semua' }))
    await expect.poll(() => router.state.location.search).toBe('?q=tarif&sort=newest')
  })
})

describe('a list with no articles', { timeout: 30_000 }, () => {
  /** Once every request has settled (the panel, were it there, would have its histogram by then). */
  async function settled(queryClient: QueryClient) {
    for (let round = 0; round < 2; round++) {
      await waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 10_000 })
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  const dangling = (text: string) => /artikel,\s*$|articles?,\s*$/.test(text)

  it('has no dates to choose from without a range: no presets, no empty histogram, no "0 artikel,"', async () => {
    const { queryClient } = renderApp('/search?q=xyzzyq')
    expect(
      await screen.findByRole('heading', { name: 'Tidak ada artikel untuk “xyzzyq”.' }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    await settled(queryClient)
    expect(screen.queryByRole('radiogroup', { name: 'Tanggal' })).not.toBeInTheDocument()
    expect(screen.queryByText('Rentang lain')).not.toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Jumlah artikel per hari' })).not.toBeInTheDocument()
    expect(screen.queryAllByText((_, element) => dangling(element?.textContent ?? ''))).toEqual([])
  })

  it('keeps the range, its presets and the typed range when a chosen range leaves nothing, on search', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=xyzzyq&from=2025-08-25&to=2025-08-31')
    const presets = await datePanel()
    await expect.poll(() => within(presets).getByRole('radio', { name: '7 hari' })).toBeChecked()
    expect(screen.getByText('Rentang lain')).toBeInTheDocument()
    expect(await screen.findByText('0 artikel, 25–31 Agustus 2025', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryAllByText((_, element) => dangling(element?.textContent ?? ''))).toEqual([])
    // The way out: Semua lifts the range; with nothing left to choose from, the panel goes.
    await user.click(within(presets).getByRole('radio', { name: 'Semua' }))
    await expect.poll(() => router.state.location.search).toBe('?q=xyzzyq')
    await waitFor(() => expect(screen.queryByRole('radiogroup', { name: 'Tanggal' })).not.toBeInTheDocument())
  })

  it('behaves the same on the feed: leaders never named together, with a range and without', async () => {
    const user = userEvent.setup()
    const { router, queryClient } = renderApp(
      '/?entity=kim-jong-un&entity=volodymyr-zelensky&from=2025-08-25&to=2025-08-31',
    )
    const presets = await datePanel()
    expect(await screen.findByText('0 artikel, 25–31 Agustus 2025', {}, { timeout: 5000 })).toBeInTheDocument()
    await user.click(screen.getByText('Rentang lain'))
    expect(screen.getByLabelText('Dari tanggal')).toHaveValue('2025-08-25')
    await user.click(within(presets).getByRole('radio', { name: 'Semua' }))
    await expect.poll(() => router.state.location.search).toBe('?entity=kim-jong-un&entity=volodymyr-zelensky')
    expect(
      await screen.findByText('Tidak ada artikel yang menyebut semuanya sekaligus.', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    await settled(queryClient)
    expect(screen.queryByRole('radiogroup', { name: 'Tanggal' })).not.toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Jumlah artikel per hari' })).not.toBeInTheDocument()
    expect(screen.queryAllByText((_, element) => dangling(element?.textContent ?? ''))).toEqual([])
  })

  it('a range with no articles on the feed says so, and offers all the dates back', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/?from=2024-01-01&to=2024-01-05')
    expect(
      await screen.findByText('Tidak ada artikel dalam rentang tanggal ini.', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    // The histogram draws the feed's days, none of them in a range before them all.
    const histogram = await screen.findByRole('group', { name: 'Jumlah artikel per hari' })
    // The bars are drawing only (aria-hidden): which are in the range shows in their data-mark alone.
    const bars = (mark: string) => histogram.querySelectorAll(`[data-mark="${mark}"]`) // eslint-disable-line testing-library/no-node-access
    await waitFor(() => expect(bars('outside').length).toBeGreaterThan(0))
    expect(bars('')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Tampilkan semua tanggal' }))
    await expect.poll(() => router.state.location.search).toBe('')
    expect(await screen.findByRole('list', { name: 'Daftar artikel' })).toBeInTheDocument()
  })

  it('a date in the URL that is no date is named as ignored, and the whole feed shows', async () => {
    renderApp('/?from=2025-13-40')
    expect(await screen.findByText('Tanggal di alamat ini tidak dapat dibaca dan diabaikan.')).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(20))
  })

  it('says "0 articles" with the range in English, never a dangling comma', async () => {
    const { readerData } = renderApp('/search?q=xyzzyq&from=2025-08-25&to=2025-08-31')
    await readerData.settings.update({ language: 'en' })
    expect(await screen.findByText(/^0 articles, 25\s?–\s?31 August 2025$/, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryAllByText((_, element) => dangling(element?.textContent ?? ''))).toEqual([])
  })
})
