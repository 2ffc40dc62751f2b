import { onlineManager } from '@tanstack/react-query'
import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

// Async acts: coming back online renders lazily loaded parts, which must resolve inside the act, not after it.
afterEach(() => act(async () => onlineManager.setOnline(true)))

describe('offline, pages that need the network', () => {
  it.each([
    [
      'an entity page',
      '/entities/vladimir-putin',
      1,
      () => screen.findByRole('heading', { level: 1, name: 'Vladimir Putin' }),
    ],
    ['the directory', '/entities', 2, () => screen.findByRole('heading', { name: /Amerika Serikat/ })],
    ['a filtered feed', '/?entity=xi-jinping', 2, () => screen.findByRole('list', { name: 'Daftar artikel' })],
  ] as const)(
    '%s says it waits for the network, then loads by itself when it returns',
    async (_name, path, level, loaded) => {
      await act(async () => onlineManager.setOnline(false))
      renderApp(path)
      expect(await screen.findByRole('heading', { level, name: 'Anda sedang offline' })).toBeInTheDocument()
      expect(screen.queryByRole('status', { name: /Memuat/ })).not.toBeInTheDocument()
      await act(async () => onlineManager.setOnline(true))
      expect(await loaded()).toBeInTheDocument()
      await waitFor(() =>
        expect(screen.queryByRole('heading', { name: 'Anda sedang offline' })).not.toBeInTheDocument(),
      )
    },
  )

  it('the feed, never loaded, says its date histogram waits for the network too, not that it is loading', async () => {
    await act(async () => onlineManager.setOnline(false))
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 2, name: 'Anda sedang offline' })).toBeInTheDocument()
    // The date panel's code comes after the first screen; then its histogram's place says why it is empty.
    await screen.findByRole('radiogroup', { name: 'Tanggal' })
    expect(screen.queryByText('Memuat sebaran tanggal…')).not.toBeInTheDocument()
  })
})
