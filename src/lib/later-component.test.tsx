import { act, render, screen } from '@testing-library/react'
import { Component, startTransition, useEffect, useState, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { laterComponent } from './later-component'

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

/** Keeps the thread busy, as a part that takes a while to render does. */
function spend(ms: number) {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // busy
  }
}

function Greeting({ name }: { name: string }) {
  return <p>Halo, {name}</p>
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  render() {
    return this.state.error ? <p>gagal</p> : this.props.children
  }
}

describe('laterComponent', () => {
  it('shows its fallback until the code has come, asks for it once, and shows it at once to a later mount', async () => {
    const code = deferred<typeof Greeting>()
    const load = vi.fn(() => code.promise)
    const Later = laterComponent(load)
    const { unmount } = render(
      <>
        <Later fallback={<p>memuat</p>} name="Rina" />
        <Later name="Budi" />
      </>,
    )
    expect(screen.getByText('memuat')).toBeInTheDocument()
    await act(async () => code.resolve(Greeting))
    expect(screen.getByText('Halo, Rina')).toBeInTheDocument()
    expect(screen.getByText('Halo, Budi')).toBeInTheDocument()
    expect(screen.queryByText('memuat')).not.toBeInTheDocument()
    unmount()

    render(<Later fallback={<p>memuat</p>} name="Sari" />)
    expect(screen.getByText('Halo, Sari')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('hands a failed load to the nearest error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const code = deferred<typeof Greeting>()
    const Later = laterComponent(() => code.promise)
    render(
      <Boundary>
        <Later fallback={<p>memuat</p>} name="Rina" />
      </Boundary>,
    )
    await act(async () => code.reject(new TypeError('Failed to fetch dynamically imported module')))
    expect(screen.getByText('gagal')).toBeInTheDocument()
  })

  it('renders its loaded part once while other transitions keep coming (a Suspense retry was restarted by each)', async () => {
    let renders = 0
    // Slow enough that React renders it across several slices, handing the thread back in between.
    function Slow() {
      renders++
      spend(30)
      return <p>siap</p>
    }
    function Ticker() {
      // A transition every few milliseconds, like the list's cards coming one a frame.
      const [tick, setTick] = useState(0)
      useEffect(() => {
        const timer = setInterval(() => startTransition(() => setTick((n) => n + 1)), 4)
        return () => clearInterval(timer)
      }, [])
      return <span>{tick}</span>
    }
    const Later = laterComponent(
      async () =>
        function Parts() {
          return (
            <>
              <Slow />
              <Slow />
              <Slow />
            </>
          )
        },
    )
    render(
      <>
        <Ticker />
        <Later fallback={<p>memuat</p>} />
      </>,
    )
    expect(await screen.findAllByText('siap', {}, { timeout: 3000 })).toHaveLength(3)
    // Once each; twice at most when the transitions' lanes wrap around (React has 14) and one of them outranks it.
    expect(renders).toBeLessThanOrEqual(6)
  })
})
