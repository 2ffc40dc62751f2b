import { describe, expect, it } from 'vitest'
import { createDisk, openReaderData } from '../../tests/fake-reader-storage'

describe('reader data', () => {
  it('lists every copy it set aside, of every kind, for a page that shows what is stored', async () => {
    const disk = createDisk({ 'warta:bookmarks': '}{', 'warta:settings': 42 })
    const readerData = openReaderData(disk)
    await Promise.all([readerData.bookmarks.ready, readerData.settings.ready])
    const copies = await readerData.listSetAside()
    expect(copies).toEqual(
      expect.arrayContaining([
        { key: expect.stringMatching(/^warta:bookmarks:set-aside:unreadable:/), value: '}{' },
        { key: expect.stringMatching(/^warta:settings:set-aside:unreadable:/), value: 42 },
      ]),
    )
    expect(copies).toHaveLength(2)
  })
})
