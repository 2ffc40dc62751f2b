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
    unavailable:
      'Penyimpanan browser ini tidak dapat dipakai, jadi artikel yang Anda simpan hanya bertahan sampai tab ini ditutup.',
    corruptAll:
      'Data artikel tersimpan di browser ini rusak dan tidak dapat dibaca. Data itu kami sisihkan, tidak dihapus, dan daftar tersimpan dimulai dari awal.',
    corruptSome: (count: number) =>
      `${count} artikel tersimpan rusak dan tidak dapat dibaca. Data aslinya kami sisihkan, tidak dihapus; artikel lainnya tetap ada.`,
    corruptNotSetAside:
      'Data artikel tersimpan rusak dan salinannya tidak dapat dibuat. Agar tidak tertimpa, Warta tidak mengubahnya: artikel yang Anda simpan sekarang hanya bertahan sampai tab ini ditutup.',
    newer:
      'Artikel tersimpan di browser ini dibuat oleh versi Warta yang lebih baru. Anda dapat membacanya, tetapi tidak dapat mengubahnya di sini agar datanya tetap utuh. Muat ulang halaman untuk mendapatkan versi terbaru.',
    unrecognised:
      'Artikel tersimpan di browser ini ditulis dalam format yang tidak dikenali versi Warta ini. Anda dapat membaca yang terbaca, tetapi tidak dapat mengubahnya di sini agar datanya tetap utuh.',
    saveFailed:
      'Artikel tidak dapat disimpan: penyimpanan browser penuh atau diblokir. Yang tampil sekarang adalah yang benar-benar tersimpan.',
    stalled:
      'Penyimpanan browser tidak menjawab, jadi perubahan terakhir belum tersimpan. Yang tampil sekarang adalah yang benar-benar tersimpan.',
    settingsFailed:
      'Pilihan tampilan tidak dapat disimpan: penyimpanan browser penuh atau diblokir. Pilihan sebelumnya tetap berlaku.',
    settingsUnreadable:
      'Pilihan tampilan yang tersimpan rusak dan tidak dapat dibaca. Data itu kami sisihkan, tidak dihapus, dan pilihan bawaan dipakai.',
    settingsReadOnly:
      'Pilihan tampilan di browser ini ditulis oleh versi Warta lain, jadi tidak diubah di sini agar datanya tetap utuh.',
    removeFailed:
      'Artikel tidak dapat dihapus: penyimpanan browser menolak perubahan. Yang tampil sekarang adalah yang benar-benar tersimpan.',
    importFailed: 'Impor gagal: penyimpanan browser penuh atau diblokir. Tidak ada yang berubah.',
    readOnlyFailed: 'Tidak dapat diubah: artikel tersimpan dibuat oleh versi Warta yang lebih baru.',
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
    unavailable: 'This browser’s storage cannot be used, so the articles you save last only until this tab is closed.',
    corruptAll:
      'The saved articles in this browser are damaged and cannot be read. We set that data aside, without deleting it, and started a new list.',
    corruptSome: (count: number) =>
      `${count} saved ${count === 1 ? 'article is' : 'articles are'} damaged and cannot be read. We set the original data aside, without deleting it; the other articles are still here.`,
    corruptNotSetAside:
      'The saved articles are damaged and no copy of them could be made. So that nothing is written over them, Warta leaves them alone: articles you save now last only until this tab is closed.',
    newer:
      'The saved articles in this browser were written by a newer version of Warta. You can read them, but not change them here, so that the data stays whole. Reload the page to get the newest version.',
    unrecognised:
      'The saved articles in this browser are in a format this version of Warta does not know. You can read what it can read, but not change it here, so that the data stays whole.',
    saveFailed:
      'The article could not be saved: the browser’s storage is full or blocked. What you see now is what is really saved.',
    stalled:
      'The browser’s storage did not answer, so the last change was not saved. What you see now is what is really saved.',
    settingsFailed:
      'Your display choices could not be saved: the browser’s storage is full or blocked. The previous choices still apply.',
    settingsUnreadable:
      'The stored display choices are damaged and cannot be read. We set that data aside, without deleting it, and use the defaults.',
    settingsReadOnly:
      'The display choices in this browser were written by another version of Warta, so they are not changed here, so that the data stays whole.',
    removeFailed:
      'The article could not be removed: the browser’s storage refused the change. What you see now is what is really saved.',
    importFailed: 'The import failed: the browser’s storage is full or blocked. Nothing was changed.',
    readOnlyFailed: 'Cannot be changed: the saved articles were written by a newer version of Warta.',
    savedCopy: (savedOn: string) =>
      `This is the copy you saved on ${savedOn}. The online version cannot be loaded right now.`,
    savedCopySummaryOnly:
      'Only the summary of this article was saved. The full text will be saved as soon as the article can be loaded again.',
    offlineTitle: 'You are offline',
    offlineArticle:
      'This article has not been saved for offline reading. It will load as soon as the connection is back.',
  },
})
