import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider, useLocation, useNavigationType } from 'react-router'
import { describe, expect, it } from 'vitest'
import { PlainLink } from '../components/plain-link'
import { useInAppLinks } from './in-app-links'

function Shell() {
  useInAppLinks()
  const location = useLocation()
  return (
    <>
      <p>
        at {location.pathname + location.search} by {useNavigationType()}
      </p>
      <Outlet />
    </>
  )
}

function Page() {
  return (
    <>
      <PlainLink to="/?entity=vladimir-putin">Putin</PlainLink>
      <PlainLink to="/articles/one" target="_blank">
        Baru
      </PlainLink>
      <PlainLink to="/articles/one" download>
        Unduh
      </PlainLink>
      <PlainLink to="/articles/one">Artikel</PlainLink>
      <a href="/articles/one">Biasa</a>
    </>
  )
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ element: <Shell />, children: [{ path: '*', element: <Page /> }] }], {
    initialEntries: [path],
  })
  render(<RouterProvider router={router} />)
}

describe('useInAppLinks', () => {
  it('follows a plain click on a PlainLink in the page, without a reload', async () => {
    renderAt('/bookmarks')
    await userEvent.click(screen.getByRole('link', { name: 'Putin' }))
    expect(await screen.findByText('at /?entity=vladimir-putin by PUSH')).toBeInTheDocument()
  })

  it('replaces the entry when the link leads to the page already shown', async () => {
    renderAt('/articles/one')
    await userEvent.click(screen.getByRole('link', { name: 'Artikel' }))
    expect(await screen.findByText('at /articles/one by REPLACE')).toBeInTheDocument()
  })

  it('leaves a modified click, another target, a download and a plain <a> to the browser', async () => {
    renderAt('/bookmarks')
    // A click the app leaves alone is not prevented: the browser would follow it (jsdom does not). The window
    // hears a click after the document, where the app listens.
    const prevented: boolean[] = []
    const record = (event: MouseEvent) => prevented.push(event.defaultPrevented)
    window.addEventListener('click', record)
    const user = userEvent.setup()
    await user.keyboard('{Control>}')
    await user.click(screen.getByRole('link', { name: 'Putin' }))
    await user.keyboard('{/Control}')
    await user.click(screen.getByRole('link', { name: 'Baru' }))
    await user.click(screen.getByRole('link', { name: 'Unduh' }))
    await user.click(screen.getByRole('link', { name: 'Biasa' }))
    window.removeEventListener('click', record)
    expect(screen.getByText('at /bookmarks by POP')).toBeInTheDocument()
    expect(prevented).toEqual([false, false, false, false])
  })
})
