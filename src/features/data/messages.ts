import { formatNumber } from '../../lib/format'
import { defineMessages } from '../../lib/i18n'

/** A kind's name inside a sentence: "Yang Anda ikuti" becomes "yang Anda ikuti", not "yang anda ikuti". */
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

export const dataMessages = defineMessages({
  id: {
    title: 'Data Anda',
    pageTitle: 'Data Anda · Warta',
    intro:
      'Semua yang diingat Warta tentang Anda tersimpan di browser ini saja: tidak ada yang dikirim ke server mana pun.',
    storedHeading: 'Yang tersimpan',
    kindName: (name: string) =>
      (
        ({
          bookmarks: 'Artikel tersimpan',
          follows: 'Yang Anda ikuti',
          readMarks: 'Tanda sudah dibaca',
          positions: 'Posisi membaca',
          visits: 'Tanda kunjungan',
          settings: 'Pengaturan',
        }) as Record<string, string>
      )[name] ?? name,
    items: (count: number) => `${formatNumber(count, 'id')} butir`,
    size: (kilobytes: number) => `${formatNumber(kilobytes, 'id')} KB`,
    remove: (kind: string) => `Hapus ${inSentence(kind)}`,
    confirm: (kind: string, count: number) =>
      `Hapus ${formatNumber(count, 'id')} butir ${inSentence(kind)} dari browser ini?`,
    confirmYes: 'Ya, hapus',
    cancel: 'Batal',
    removed: (kind: string) => `${kind} dihapus.`,
    removeFailed: (kind: string) => `${kind} tidak dapat dihapus: penyimpanan browser menolak.`,
    undo: 'Urungkan',
    restored: (kind: string) => `${kind} dikembalikan.`,
    transferHeading: 'Ekspor dan impor',
    transferBody:
      'Satu berkas JSON berisi semua data di atas. Berkas ekspor artikel tersimpan dari versi Warta sebelumnya juga bisa diimpor.',
    exportAll: 'Ekspor semua data',
    exported: (fileName: string) => `Data diekspor ke ${fileName}.`,
    importFile: 'Impor berkas',
    imported: (kinds: string) => `Diimpor: ${kinds}.`,
    importPartly: (kinds: string) => `Tidak dapat diimpor: ${kinds}.`,
    importNotJson: 'Berkas ini bukan JSON yang dapat dibaca.',
    importForeign: 'Berkas ini tidak berisi data Warta yang dikenali.',
    setAsideHeading: 'Data yang disisihkan',
    setAsideBody:
      'Salinan data yang rusak, atau yang disimpan sebelum format data diperbarui. Warta tidak memakainya lagi, tetapi tidak menghapusnya: unduh bila Anda memerlukannya.',
    setAsideNone: 'Tidak ada data yang disisihkan.',
    setAsideReason: (reason: string) =>
      reason === 'unreadable' ? 'tidak dapat dibaca' : `disimpan sebelum pembaruan dari ${reason}`,
    download: 'Unduh',
  },
  en: {
    title: 'Your data',
    pageTitle: 'Your data · Warta',
    intro: 'Everything Warta remembers about you is kept in this browser only: nothing is sent to any server.',
    storedHeading: 'What is stored',
    kindName: (name: string) =>
      (
        ({
          bookmarks: 'Saved articles',
          follows: 'What you follow',
          readMarks: 'Read marks',
          positions: 'Reading positions',
          visits: 'Visit marks',
          settings: 'Settings',
        }) as Record<string, string>
      )[name] ?? name,
    items: (count: number) => `${formatNumber(count, 'en')} ${count === 1 ? 'item' : 'items'}`,
    size: (kilobytes: number) => `${formatNumber(kilobytes, 'en')} KB`,
    remove: (kind: string) => `Delete ${inSentence(kind)}`,
    confirm: (kind: string, count: number) =>
      `Delete ${formatNumber(count, 'en')} ${count === 1 ? 'item' : 'items'} of ${inSentence(kind)} from this browser?`,
    confirmYes: 'Yes, delete',
    cancel: 'Cancel',
    removed: (kind: string) => `${kind} deleted.`,
    removeFailed: (kind: string) => `${kind} could not be deleted: the browser's storage refused.`,
    undo: 'Undo',
    restored: (kind: string) => `${kind} restored.`,
    transferHeading: 'Export and import',
    transferBody:
      'One JSON file holding all the data above. Saved-article export files from earlier versions of Warta import too.',
    exportAll: 'Export all data',
    exported: (fileName: string) => `Data exported to ${fileName}.`,
    importFile: 'Import a file',
    imported: (kinds: string) => `Imported: ${kinds}.`,
    importPartly: (kinds: string) => `Could not be imported: ${kinds}.`,
    importNotJson: 'This file is not readable JSON.',
    importForeign: 'This file holds no Warta data this version knows.',
    setAsideHeading: 'Data set aside',
    setAsideBody:
      'Copies of data that was damaged, or kept before its format was updated. Warta no longer uses them, but does not delete them: download them if you need them.',
    setAsideNone: 'No data has been set aside.',
    setAsideReason: (reason: string) =>
      reason === 'unreadable' ? 'unreadable' : `kept before updating from ${reason}`,
    download: 'Download',
  },
})
