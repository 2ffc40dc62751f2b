import { fireEvent } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { INPUT_PAUSE_MS } from './next-task'

// A fresh module for each test: when the reader last typed is the module's, and each test's clock starts anew.
let afterPaintAndInput: typeof import('./next-task').afterPaintAndInput

describe('afterPaintAndInput', () => {
  let field: HTMLInputElement
  let box: HTMLInputElement
  beforeEach(async () => {
    vi.resetModules()
    ;({ afterPaintAndInput } = await import('./next-task'))
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    })
    field = document.body.appendChild(document.createElement('input'))
    box = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'checkbox' }))
  })
  afterEach(() => {
    field.remove()
    box.remove()
    vi.useRealTimers()
  })

  it('runs after the next paint when nobody types', () => {
    const run = vi.fn()
    afterPaintAndInput(run)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(20)
    expect(run).toHaveBeenCalledOnce()
  })

  it('waits while text is typed, and runs once the typing pauses', () => {
    const run = vi.fn()
    afterPaintAndInput(run)
    for (let key = 0; key < 10; key++) {
      fireEvent.input(field, { target: { value: 'a'.repeat(key + 1) } })
      vi.advanceTimersByTime(INPUT_PAUSE_MS / 2)
      expect(run).not.toHaveBeenCalled()
    }
    vi.advanceTimersByTime(INPUT_PAUSE_MS + 20)
    expect(run).toHaveBeenCalledOnce()
  })

  it("waits after a press too: the click that follows is the reader's alone", () => {
    const run = vi.fn()
    afterPaintAndInput(run)
    fireEvent.pointerDown(box)
    vi.advanceTimersByTime(INPUT_PAUSE_MS / 2)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(INPUT_PAUSE_MS / 2 + 20)
    expect(run).toHaveBeenCalledOnce()
  })

  it('does not count a checkbox ticked as typing', () => {
    const run = vi.fn()
    fireEvent.click(box)
    afterPaintAndInput(run)
    vi.advanceTimersByTime(20)
    expect(run).toHaveBeenCalledOnce()
  })

  it('runs nothing once cancelled, waiting or not', () => {
    const soon = vi.fn()
    afterPaintAndInput(soon)()
    fireEvent.input(field, { target: { value: 'a' } })
    const later = vi.fn()
    const cancel = afterPaintAndInput(later)
    vi.advanceTimersByTime(20)
    cancel()
    vi.advanceTimersByTime(2 * INPUT_PAUSE_MS)
    expect(soon).not.toHaveBeenCalled()
    expect(later).not.toHaveBeenCalled()
  })
})
