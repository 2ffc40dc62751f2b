// Searching saved articles: in the browser, over what was saved, by the same
// word rules as the API (stems, typos, phrases).
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReaderData } from '../../src/reader-data/reader-data'
import { openReaderData } from '../fake-reader-storage'
import { renderApp } from '../render-app'

const SEED = 'putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump'
const SEED_TITLE = /Putin Telepon Xi, Lukashenko, dan Modi/
const LULA = 'lula-mulai-proses-balasan-atas-tarif-50-persen-as-terhadap-brasil'
const LULA_TITLE = /Lula Mulai Proses Balasan atas Tarif/

async function save(user: ReturnType<typeof userEvent.setup>, readerData: ReaderData, slug: string, title: RegExp) {
  const view = renderApp(`/articles/${slug}`, { readerData })
  await screen.findByRole('heading', { level: 1, name: title })
  await user.click(screen.getAllByRole('button', { name: 'Simpan' })[0]!)
  await screen.findAllByRole('button', { name: 'Tersimpan' })
  view.unmount()
}

// The first search of a file builds the API's index: on a busy machine that takes seconds.
beforeAll(() => configure({ asyncUtilTimeout: 10_000 }))
afterAll(() => configure({ asyncUtilTimeout: 3000 }))

describe('searching saved articles', { timeout: 30_000 }, () => {
  it('finds by stem, typo and phrase, says how many, keeps the query in the URL', async () => {
    const user = userEvent.setup()
    const readerData = openReaderData()
    await save(user, readerData, SEED, SEED_TITLE)
    await save(user, readerData, LULA, LULA_TITLE)
    const { router } = renderApp('/bookmarks', { readerData })
    const saved = await screen.findByRole('list', { name: 'Artikel tersimpan' })
    expect(within(saved).getAllByRole('article')).toHaveLength(2)
    const field = screen.getByRole('searchbox', { name: 'Cari di artikel tersimpan' })

    // "dibahas" is in neither, "membahas" is in the seed: one stem.
    await user.type(field, 'dibahas')
    await waitFor(() => expect(within(saved).getAllByRole('article')).toHaveLength(1))
    expect(within(saved).getByRole('link', { name: SEED_TITLE })).toBeInTheDocument()
    expect(screen.getByText('1 dari 2 artikel tersimpan cocok dengan “dibahas”')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?q=dibahas')
    // "Hapus semua" is everything saved, whatever the search shows: its question says so.
    await user.click(screen.getByRole('button', { name: 'Hapus semua' }))
    expect(
      screen.getByRole('group', {
        name: 'Hapus semua 2 artikel tersimpan, termasuk 1 yang tidak tampil karena pencarian? Anda masih dapat mengurungkannya sesaat setelahnya.',
      }),
    ).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: 'Hapus semua' })).toHaveFocus()

    await user.clear(field)
    await user.type(field, 'tarifnya Brasil')
    await waitFor(() => expect(within(saved).getByRole('link', { name: LULA_TITLE })).toBeInTheDocument())
    expect(within(saved).getAllByRole('article')).toHaveLength(1)

    // A typo in a long word: "Lukashenka".
    await user.clear(field)
    await user.type(field, 'Lukashenka')
    await waitFor(() => expect(within(saved).getByRole('link', { name: SEED_TITLE })).toBeInTheDocument())

    await user.clear(field)
    await user.type(field, 'qwertyuiop')
    expect(await screen.findByText('Tidak ada artikel tersimpan yang cocok dengan “qwertyuiop”.')).toBeInTheDocument()
    expect(within(saved).queryAllByRole('article')).toHaveLength(0)

    await user.clear(field)
    await waitFor(() => expect(within(saved).getAllByRole('article')).toHaveLength(2))
    expect(router.state.location.search).toBe('')
  })
})
