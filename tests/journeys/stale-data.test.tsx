// A refresh in the background that fails over data on screen keeps the data,
// says quietly that it may be old, and offers a retry that works.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { articleQueries } from '../../src/api/articles'
import { entityQueries } from '../../src/api/entities'
import { server } from '../msw-server'
import { renderApp } from '../render-app'

const STALE = 'Tidak dapat memperbarui: yang tampil mungkin sudah lama.'
const serverError = () => HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 })

async function failTheNextRefreshThenRetry(user: ReturnType<typeof userEvent.setup>, refresh: () => Promise<void>) {
  expect(screen.queryByText(STALE)).not.toBeInTheDocument()
  await act(refresh)
  expect(await screen.findByText(STALE)).toBeInTheDocument()
  server.resetHandlers()
  await user.click(screen.getByRole('button', { name: 'Coba lagi' }))
  await waitFor(() => expect(screen.queryByText(STALE)).not.toBeInTheDocument())
}

describe('data on screen whose refresh fails', () => {
  it('the feed keeps its list, says it may be old, and retry refreshes it', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderApp('/')
    const list = await screen.findByRole('list', { name: 'Daftar artikel' })
    server.use(http.get('*/api/articles', serverError))
    await failTheNextRefreshThenRetry(user, async () => {
      await queryClient.refetchQueries({ queryKey: articleQueries.lists() })
      expect(within(list).getAllByRole('article').length).toBeGreaterThan(0)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    })
    expect(within(list).getAllByRole('article').length).toBeGreaterThan(0)
  })

  it('an entity page keeps its page, says it may be old, and retry refreshes it', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderApp('/entities/vladimir-putin')
    expect(await screen.findByRole('heading', { level: 1, name: 'Vladimir Putin' })).toBeInTheDocument()
    server.use(http.get('*/api/entities/:id', serverError))
    await failTheNextRefreshThenRetry(user, () => queryClient.refetchQueries({ queryKey: entityQueries.all() }))
    expect(screen.getByRole('heading', { level: 1, name: 'Vladimir Putin' })).toBeInTheDocument()
  })

  it('an article keeps its text, says it may be old, and retry refreshes it', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderApp('/articles/putin-telepon-xi-lukashenko-dan-modi-jelang-ktt-dengan-trump')
    const heading = await screen.findByRole('heading', { level: 1, name: /putin telepon xi/i })
    server.use(http.get('*/api/articles/:slug', serverError))
    await failTheNextRefreshThenRetry(user, () =>
      queryClient.refetchQueries({ queryKey: [...articleQueries.all(), 'detail'] }),
    )
    expect(heading).toBeInTheDocument()
  })
})
