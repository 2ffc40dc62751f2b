import { act, render, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../api/schemas'
import { createDisk, openReaderData } from '../../tests/fake-reader-storage'
import { ReaderDataContext, useBookmark, useFollow, useIsRead, useSavedCount, useSetting } from './reader-data'

const summary = (slug: string): ArticleSummary => ({
  slug,
  title: `Judul ${slug}`,
  dek: 'Ringkasan.',
  publishedAt: '2025-08-09T08:30:00+07:00',
  section: 'Internasional',
  hero: { src: `/images/${slug}.svg`, width: 1200, height: 675, alt: 'Ilustrasi', caption: 'Keterangan.', credits: [] },
  entities: [],
  readingMinutes: 4,
})

/** What a feed card reads of the reader data. */
function Card({ slug }: { slug: string }) {
  const { bookmark, pending } = useBookmark(slug)
  const read = useIsRead(slug)
  const language = useSetting('language')
  const { followed } = useFollow('vladimir-putin')
  const saved = useSavedCount()
  return (
    <p>{`${slug} ${bookmark ? 'saved' : 'not saved'}${pending ? ' pending' : ''} ${read ? 'read' : 'unread'} ${language} ${followed ? 'following' : 'not following'} ${saved}`}</p>
  )
}

describe('the reader-data hooks a card uses', () => {
  it('render a card again only when its own answer changes, not on every publish of a kind', async () => {
    const readerData = openReaderData(createDisk())
    const renders = { count: 0 }
    render(
      <ReaderDataContext value={readerData}>
        <Profiler id="card" onRender={() => (renders.count += 1)}>
          <Card slug="satu" />
        </Profiler>
      </ReaderDataContext>,
    )
    await act(async () => {
      await readerData.bookmarks.ready
      await readerData.settings.ready
    })
    const settled = renders.count

    // Another article read: the read marks publish twice (pending, then stored), this card's answer stays.
    await act(() => readerData.readMarks.markRead('dua'))
    // The theme changes: the settings publish, the language this card reads stays.
    await act(() => readerData.settings.update({ theme: 'dark' }))
    expect(renders.count).toBe(settled)

    // Its own article saved: now it renders again, with the new answer.
    await act(() => readerData.bookmarks.save(summary('satu')))
    expect(screen.getByText('satu saved unread id not following 1')).toBeInTheDocument()
    expect(renders.count).toBeGreaterThan(settled)
  })
})
