import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FORMAT } from '../../src/reader-data/kind-store'
import v2Fixture from '../fixtures/bookmarks-v2.json'
import { createDisk, openReaderData } from '../fake-reader-storage'
import { renderApp } from '../render-app'

const readMarks = (slugs: string[]) => ({
  format: FORMAT,
  kind: 'readMarks',
  version: 1,
  data: slugs.map((slug, index) => [slug, index + 1]),
})

/** The row of one kind of data, by its name. */
async function row(name: string) {
  await screen.findByRole('heading', { level: 3, name })
  return screen.getAllByRole('listitem').find((item) => within(item).queryByRole('heading', { name }))!
}

/** Export downloads a Blob: keep its text. */
function catchDownloads() {
  const files: Blob[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    files.push(blob)
    return 'blob:export'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  return files
}

describe('the Data Anda page', () => {
  it('is reached from the footer, says nothing leaves the browser and lists every kind with its count', async () => {
    const user = userEvent.setup()
    const readerData = openReaderData(createDisk({ 'warta:readMarks': readMarks(['a-1', 'b-2', 'c-3']) }))
    renderApp('/', { readerData })
    await user.click(await screen.findByRole('link', { name: 'Data Anda' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Data Anda' })).toBeInTheDocument()
    expect(screen.getByText(/tidak ada yang dikirim ke server/)).toBeInTheDocument()
    expect(await row('Tanda sudah dibaca')).toHaveTextContent('3 butir')
    expect(await row('Artikel tersimpan')).toHaveTextContent('0 butir')
    expect(await row('Artikel tersimpan')).not.toHaveTextContent('KB')
    expect(await row('Tanda sudah dibaca')).toHaveTextContent(/3 butir · [\d,]+ KB/)
    const follows = await row('Yang Anda ikuti')
    expect(within(follows).getByRole('button', { name: 'Hapus yang Anda ikuti' })).toBeInTheDocument()
    expect(await row('Posisi membaca')).toBeInTheDocument()
    expect(await row('Pengaturan')).toBeInTheDocument()
  })

  it('deletes a kind only once confirmed, and undoes it', async () => {
    const user = userEvent.setup()
    const disk = createDisk({ 'warta:readMarks': readMarks(['a-1', 'b-2', 'c-3']) })
    renderApp('/data', { readerData: openReaderData(disk) })
    const marks = await row('Tanda sudah dibaca')
    await within(marks).findByText(/3 butir/)

    // Asked in place, the answer that keeps things first; Batal or Escape gives the focus back to the button.
    const removeButton = () => within(marks).getByRole('button', { name: 'Hapus tanda sudah dibaca' })
    await user.click(removeButton())
    expect(within(marks).getByRole('button', { name: 'Batal' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(removeButton()).toHaveFocus()
    expect(marks).toHaveTextContent('3 butir')
    await user.keyboard('{Enter}')
    await user.keyboard('{Escape}')
    expect(removeButton()).toHaveFocus()

    await user.click(removeButton())
    expect(within(marks).getByRole('group', { name: /Hapus 3 butir tanda sudah dibaca/ })).toBeInTheDocument()
    await user.click(within(marks).getByRole('button', { name: 'Ya, hapus' }))
    expect(await screen.findByText('Tanda sudah dibaca dihapus.')).toBeInTheDocument()
    expect(marks).toHaveTextContent('0 butir')
    expect(disk.values.get('warta:readMarks')).toMatchObject({ data: [] })

    // The undo's button goes with its notice: the focus waits on the section's heading, not on the page.
    await user.click(screen.getByRole('button', { name: 'Urungkan' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Yang tersimpan' })).toHaveFocus()
    expect(await screen.findByText('Tanda sudah dibaca dikembalikan.')).toBeInTheDocument()
    expect(marks).toHaveTextContent('3 butir')
    expect(disk.values.get('warta:readMarks')).toMatchObject({
      data: [
        ['a-1', 1],
        ['b-2', 2],
        ['c-3', 3],
      ],
    })
  })

  it('says what it did in the language shown, after deleting the settings that chose English too', async () => {
    const user = userEvent.setup()
    const { readerData } = renderApp('/data')
    await readerData.settings.update({ language: 'en' })
    const settings = await row('Settings')
    await user.click(within(settings).getByRole('button', { name: 'Delete settings' }))
    await user.click(within(settings).getByRole('button', { name: /^Yes/ }))
    // The settings are gone, English with them: the notice is in Indonesian, as the page now is.
    expect(await screen.findByText('Pengaturan dihapus.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Urungkan' })).toBeInTheDocument()
  })

  it('exports everything as one file that imports back into an empty browser', async () => {
    const user = userEvent.setup()
    const files = catchDownloads()
    const view = renderApp('/data', {
      readerData: openReaderData(createDisk({ 'warta:readMarks': readMarks(['a-1', 'b-2']) })),
    })
    await within(await row('Tanda sudah dibaca')).findByText(/2 butir/)
    await user.click(screen.getByRole('button', { name: 'Ekspor semua data' }))
    expect(await screen.findByText(/^Data diekspor ke warta-data-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeInTheDocument()
    const text = await files[0]!.text()
    view.unmount()

    renderApp('/data')
    await within(await row('Tanda sudah dibaca')).findByText(/0 butir/)
    await user.upload(screen.getByLabelText('Impor berkas'), new File([text], 'data.json'))
    expect(await screen.findByText(/^Diimpor: .*Tanda sudah dibaca/)).toBeInTheDocument()
    expect(await row('Tanda sudah dibaca')).toHaveTextContent('2 butir')
  })

  it('imports a bookmark export file of an earlier version, and says when a file is not Warta data', async () => {
    const user = userEvent.setup()
    renderApp('/data')
    const input = await screen.findByLabelText('Impor berkas')
    await user.upload(input, new File([JSON.stringify(v2Fixture)], 'warta-tersimpan.json'))
    expect(await screen.findByText('Diimpor: Artikel tersimpan.')).toBeInTheDocument()
    expect(await row('Artikel tersimpan')).toHaveTextContent('2 butir')

    await user.upload(input, new File(['{"hello": 1}'], 'other.json'))
    expect(await screen.findByText('Berkas ini tidak berisi data Warta yang dikenali.')).toBeInTheDocument()
  })

  it('lists the data set aside, to download', async () => {
    const user = userEvent.setup()
    const files = catchDownloads()
    const disk = createDisk({ 'warta:readMarks': '[["broken' })
    renderApp('/data', { readerData: openReaderData(disk) })
    const button = await screen.findByRole('button', { name: /^Unduh: Tanda sudah dibaca: tidak dapat dibaca/ })
    await user.click(button)
    expect(await files[0]!.text()).toBe('[["broken')
  })
})
