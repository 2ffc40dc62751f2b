// Interface text of the bookmarks page (/bookmarks) only; what other pages say
// about saved articles is in src/components/saved-article-messages.ts.
import { defineMessages } from '../../lib/i18n'

export const bookmarksPageMessages = defineMessages({
  id: {
    title: 'Tersimpan',
    intro: (count: string) => `${count} artikel, tersimpan di browser ini dan dapat dibaca tanpa koneksi.`,
    loading: 'Memuat artikel tersimpan…',
    listLabel: 'Artikel tersimpan',
    sortLabel: 'Urutkan',
    sortSaved: 'Terakhir disimpan',
    sortPublished: 'Tanggal terbit',
    sortUnfinished: 'Belum selesai',
    read: 'Sudah dibaca',
    readPercent: (percent: string) => `Dibaca ${percent}%`,
    savedOn: (when: string) => `Disimpan ${when}`,
    savedJustNow: 'Disimpan baru saja',
    summaryOnlyBadge: 'Ringkasan saja',
    summaryOnlyHint: 'Teks lengkap akan disimpan begitu artikel dapat dimuat.',
    remove: 'Hapus',
    removeLabel: (title: string) => `Hapus: ${title}`,
    removedOne: (title: string) => `Dihapus: ${title}`,
    removedMany: (count: number) => `${count} artikel dihapus`,
    undo: 'Urungkan',
    clearAll: 'Hapus semua',
    confirmClear: (count: number, hidden: number) =>
      `Hapus semua ${count} artikel tersimpan${hidden > 0 ? `, termasuk ${hidden} yang tidak tampil karena pencarian` : ''}? Anda masih dapat mengurungkannya sesaat setelahnya.`,
    confirmClearYes: 'Ya, hapus semua',
    cancel: 'Batal',
    emptyTitle: 'Belum ada artikel tersimpan',
    emptyBody:
      'Tekan “Simpan” pada artikel mana pun, di beranda atau di halaman artikel, untuk membacanya nanti, juga saat offline.',
    emptyImport: 'Pindah dari browser lain? Impor berkas ekspor Warta Anda di bawah.',
    browseFeed: 'Lihat berita terbaru',
    transferTitle: 'Bawa ke browser lain',
    transferBody:
      'Ekspor menyimpan semua artikel tersimpan ke satu berkas JSON. Impor berkas itu di browser lain; artikel yang sudah ada dilewati.',
    export: 'Ekspor (JSON)',
    import: 'Impor berkas',
    exported: (file: string, count: number) => `${count} artikel diekspor ke ${file}.`,
    imported: (added: string, skipped: string) => `${added} ditambahkan, ${skipped} dilewati.`,
    refusedNotJson: 'Berkas ini bukan JSON, jadi tidak dapat diimpor. Tidak ada yang diubah.',
    refusedForeign: 'Berkas ini bukan ekspor artikel tersimpan Warta. Tidak ada yang diubah.',
    refusedNewer:
      'Berkas ini dibuat oleh versi Warta yang lebih baru. Muat ulang halaman untuk mendapatkan versi terbaru, lalu coba lagi. Tidak ada yang diubah.',
    refusedTooLarge: (maxSize: string, maxItems: string) =>
      `Berkas ini terlalu besar: impor menerima berkas hingga ${maxSize} MB dan ${maxItems} artikel. Tidak ada yang diubah.`,
    refusedUnreadable: 'Berkas ini tidak dapat dibaca. Tidak ada yang diubah.',
    importing: (done: string, total: string) => `Memeriksa berkas: ${done} dari ${total} artikel…`,
    importReading: 'Membaca berkas…',
    readOnly:
      'Artikel tersimpan di sini dibuat oleh versi Warta yang lebih baru, jadi hanya dapat dibaca dan diekspor.',
  },
  en: {
    title: 'Saved',
    intro: (count: string) =>
      `${count} ${count === '1' ? 'article' : 'articles'}, kept in this browser and readable without a connection.`,
    loading: 'Loading saved articles…',
    listLabel: 'Saved articles',
    sortLabel: 'Order by',
    sortSaved: 'Last saved',
    sortPublished: 'Publication date',
    sortUnfinished: 'Unfinished',
    read: 'Read',
    readPercent: (percent: string) => `${percent}% read`,
    savedOn: (when: string) => `Saved ${when}`,
    savedJustNow: 'Saved just now',
    summaryOnlyBadge: 'Summary only',
    summaryOnlyHint: 'The full text will be saved as soon as the article can be loaded.',
    remove: 'Remove',
    removeLabel: (title: string) => `Remove: ${title}`,
    removedOne: (title: string) => `Removed: ${title}`,
    removedMany: (count: number) => `${count} articles removed`,
    undo: 'Undo',
    clearAll: 'Remove all',
    confirmClear: (count: number, hidden: number) =>
      `Remove all ${count} saved articles${hidden > 0 ? `, the ${hidden} the search hides included` : ''}? You can still undo it for a moment afterwards.`,
    confirmClearYes: 'Yes, remove all',
    cancel: 'Cancel',
    emptyTitle: 'No saved articles yet',
    emptyBody:
      'Press “Save” on any article, on the front page or on the article’s page, to read it later, offline too.',
    emptyImport: 'Moving from another browser? Import your Warta export file below.',
    browseFeed: 'See the latest news',
    transferTitle: 'Take them to another browser',
    transferBody:
      'Export puts all saved articles in one JSON file. Import that file in another browser; articles already there are skipped.',
    export: 'Export (JSON)',
    import: 'Import a file',
    exported: (file: string, count: number) => `${count} ${count === 1 ? 'article' : 'articles'} exported to ${file}.`,
    imported: (added: string, skipped: string) => `${added} added, ${skipped} skipped.`,
    refusedNotJson: 'This file is not JSON, so it cannot be imported. Nothing was changed.',
    refusedForeign: 'This file is not a Warta export of saved articles. Nothing was changed.',
    refusedNewer:
      'This file was made by a newer version of Warta. Reload the page to get the newest version, then try again. Nothing was changed.',
    refusedTooLarge: (maxSize: string, maxItems: string) =>
      `This file is too large: an import takes files of up to ${maxSize} MB and ${maxItems} articles. Nothing was changed.`,
    refusedUnreadable: 'This file could not be read. Nothing was changed.',
    importing: (done: string, total: string) => `Checking the file: ${done} of ${total} articles…`,
    importReading: 'Reading the file…',
    readOnly:
      'The saved articles here were written by a newer version of Warta, so they can only be read and exported.',
  },
})
