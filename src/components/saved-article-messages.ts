// Interface text shared by every page about what the reader keeps in this
// browser: the bookmark button, the shell's storage banners, the saved-copy
// notice and the offline state. The bookmarks page has its own catalog
// (src/features/bookmarks/messages.ts, bookmarksPageMessages).
import { defineMessages } from '../lib/i18n'

export const savedArticleMessages = defineMessages({
  id: {
    save: 'Simpan',
    saved: 'Tersimpan',
    saving: 'Menyimpan…',
    removing: 'Menghapus…',
    dismiss: 'Tutup',
    offline: 'Anda sedang offline. Artikel tersimpan tetap bisa dibaca; yang lain dimuat lagi begitu koneksi kembali.',
    importFailed: 'Impor gagal: penyimpanan browser penuh atau diblokir. Tidak ada yang berubah.',
    savedCopy: (savedOn: string) =>
      `Ini salinan yang Anda simpan pada ${savedOn}. Versi daring tidak dapat dimuat saat ini.`,
    savedCopySummaryOnly:
      'Hanya ringkasan artikel ini yang sempat tersimpan. Teks lengkapnya akan disimpan begitu artikel dapat dimuat lagi.',
    offlineTitle: 'Anda sedang offline',
    offlineArticle: 'Artikel ini belum tersimpan untuk dibaca offline. Artikel akan dimuat begitu koneksi kembali.',
  },
  en: {
    save: 'Save',
    saved: 'Saved',
    saving: 'Saving…',
    removing: 'Removing…',
    dismiss: 'Close',
    offline:
      'You are offline. Saved articles can still be read; everything else loads again once the connection is back.',
    importFailed: 'The import failed: the browser’s storage is full or blocked. Nothing was changed.',
    savedCopy: (savedOn: string) =>
      `This is the copy you saved on ${savedOn}. The online version cannot be loaded right now.`,
    savedCopySummaryOnly:
      'Only the summary of this article was saved. The full text will be saved as soon as the article can be loaded again.',
    offlineTitle: 'You are offline',
    offlineArticle:
      'This article has not been saved for offline reading. It will load as soon as the connection is back.',
  },
})
