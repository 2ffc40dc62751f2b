import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { HighlightedText, highlightRanges } from './highlighted-text'

describe('highlighted text', () => {
  it('sorts, clamps and merges the offsets, dropping empty ones', () => {
    expect(
      highlightRanges(20, [
        { start: 10, end: 14 },
        { start: 2, end: 5 },
        { start: 4, end: 7 },
        { start: 8, end: 8 },
        { start: 18, end: 99 },
        { start: -3, end: 1 },
      ]),
    ).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 7 },
      { start: 10, end: 14 },
      { start: 18, end: 20 },
    ])
  })

  it('marks the matched words and renders everything as text, markup included', () => {
    const text = '<img src=x onerror=alert(1)> tarif naik'
    render(
      <p>
        <HighlightedText text={text} highlights={[{ start: 29, end: 34 }]} />
      </p>,
    )
    expect(screen.getByRole('paragraph')).toHaveTextContent(text, { normalizeWhitespace: false })
    expect(screen.getAllByRole('mark').map((mark) => mark.textContent)).toEqual(['tarif'])
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })
})
