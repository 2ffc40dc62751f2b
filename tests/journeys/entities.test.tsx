import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { loadUntil, renderApp } from '../render-app'

const SEED_TITLE = /putin telepon xi, lukashenko, dan modi/i

describe('the pages of leaders and countries', () => {
  it('lists leaders grouped by their country, each country with its count', async () => {
    renderApp('/entities')
    expect(await screen.findByRole('heading', { level: 1, name: 'Tokoh dan negara' })).toBeInTheDocument()
    const russia = screen.getByRole('region', { name: /Rusia/ })
    expect(within(russia).getByRole('link', { name: 'Rusia' })).toHaveAttribute('href', '/entities/rusia')
    const leaders = within(russia).getByRole('list', { name: 'Tokoh dari Rusia' })
    // A count for the country and one for each of its leaders.
    expect(within(russia).getAllByText(/^\d+ artikel$/)).toHaveLength(
      within(leaders).getAllByRole('listitem').length + 1,
    )
    expect(within(leaders).getByRole('link', { name: 'Vladimir Putin' })).toHaveAttribute(
      'href',
      '/entities/vladimir-putin',
    )
    expect(within(leaders).queryByRole('link', { name: 'Xi Jinping' })).not.toBeInTheDocument()
    const ukraine = screen.getByRole('region', { name: /Ukraina/ })
    expect(within(ukraine).getByRole('link', { name: 'Volodymyr Zelensky' })).toBeInTheDocument()
  })

  it('searches the directory by name or alias, ignoring case and diacritics', async () => {
    const user = userEvent.setup()
    renderApp('/entities')
    const search = await screen.findByRole('searchbox', { name: 'Cari tokoh atau negara' })

    await user.type(search, 'china')
    await waitFor(() => expect(screen.getAllByRole('region')).toHaveLength(1))
    const china = screen.getByRole('region', { name: /Tiongkok/ })
    expect(within(china).getByRole('link', { name: 'Xi Jinping' })).toBeInTheDocument()

    await user.clear(search)
    await user.type(search, 'ZELENSKYY')
    const ukraine = screen.getByRole('region', { name: /Ukraina/ })
    expect(within(ukraine).getByRole('link', { name: 'Volodymyr Zelensky' })).toBeInTheDocument()
    expect(within(ukraine).queryByRole('link', { name: 'Andriy Yermak' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /Rusia/ })).not.toBeInTheDocument()

    await user.clear(search)
    await user.type(search, 'xi')
    expect(
      within(screen.getByRole('region', { name: /Tiongkok/ })).getByRole('link', { name: 'Xi Jinping' }),
    ).toBeInTheDocument()

    await user.clear(search)
    await user.type(search, 'atlantis')
    expect(screen.getByText('Tidak ada tokoh atau negara yang cocok dengan “atlantis”.')).toBeInTheDocument()
  })

  it('shows Vladimir Putin: role, country, count, co-mentions and articles, and opens the filtered feed', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/entities/vladimir-putin')
    expect(await screen.findByRole('heading', { level: 1, name: 'Vladimir Putin' })).toBeInTheDocument()
    expect(screen.getByText('Presiden Rusia')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Rusia' })).toHaveAttribute('href', '/entities/rusia')
    expect(screen.getByText(/^\d+ artikel$/)).toBeInTheDocument()

    const coMentions = within(screen.getByRole('region', { name: 'Sering disebut bersama' })).getByRole('list')
    const items = within(coMentions).getAllByRole('listitem')
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThanOrEqual(8)
    expect(within(coMentions).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute(
      'href',
      '/entities/donald-trump',
    )
    expect(
      // Its name starts with the count it shows (WCAG 2.5.3 Label in Name).
      within(coMentions).getByRole('link', { name: /^\d+ artikel tentang Vladimir Putin dan Donald Trump$/ }),
    ).toHaveAttribute('href', '/?entity=vladimir-putin&entity=donald-trump')
    // His own country is in the header, not among the co-mentions.
    expect(within(coMentions).queryByRole('link', { name: 'Rusia' })).not.toBeInTheDocument()

    const articles = await screen.findByRole('list', { name: 'Artikel tentang Vladimir Putin' })
    expect(await loadUntil(user, articles, SEED_TITLE)).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Saring beranda dengan Vladimir Putin' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Berita terbaru' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?entity=vladimir-putin')
    expect(await screen.findByText(/^\d+ artikel tentang Vladimir Putin$/)).toBeInTheDocument()
  })

  it('goes from a leader to the people around them', async () => {
    const user = userEvent.setup()
    renderApp('/entities/vladimir-putin')
    const coMentions = await screen.findByRole('region', { name: 'Sering disebut bersama' })
    await user.click(within(coMentions).getByRole('link', { name: 'Donald Trump' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Donald Trump' })).toBeInTheDocument()
    expect(screen.getByText('Presiden Amerika Serikat')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Amerika Serikat' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Amerika Serikat' })).toBeInTheDocument()
    const people = screen.getByRole('region', { name: 'Tokoh dari Amerika Serikat' })
    expect(within(people).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute('href', '/entities/donald-trump')
  })

  it('opens an entity page from a mention in an article', async () => {
    const user = userEvent.setup()
    renderApp('/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump')
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE })
    const mention = screen
      .getAllByRole('link', { name: 'Lukashenko' })
      .find((link) => link.getAttribute('href') === '/entities/alexander-lukashenko')!
    await user.click(mention)
    expect(await screen.findByRole('heading', { level: 1, name: 'Alexander Lukashenko' })).toBeInTheDocument()
  })

  it('shows the not-found page for an unknown id', async () => {
    renderApp('/entities/tokoh-rekaan')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tokoh atau negara tidak ditemukan' }),
    ).toBeInTheDocument()
    // The explanation fits any page, not only an article's.
    expect(screen.getByText(/halamannya sudah tidak tersedia/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Kembali ke beranda' })).toHaveAttribute('href', '/')
  })

  it('speaks English on the entity page', async () => {
    const user = userEvent.setup()
    renderApp('/entities/xi-jinping')
    await screen.findByRole('heading', { level: 1, name: 'Xi Jinping' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en')
    expect(await screen.findByText('President of China')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'China' })).toHaveAttribute('href', '/entities/tiongkok')
    expect(screen.getByRole('link', { name: 'Filter the feed by Xi Jinping' })).toHaveAttribute(
      'href',
      '/?entity=xi-jinping',
    )
  })
})
