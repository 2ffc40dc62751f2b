// Interface text about following leaders and countries, shared by every page:
// the follow toggle, the nav count, the shell's storage banners about follows
// and visit marks. The following page has its own catalog.
import { defineMessages } from '../lib/i18n'

export const followMessages = defineMessages({
  id: {
    follow: 'Ikuti',
    following: 'Diikuti',
    followPending: 'Mengikuti…',
    unfollowPending: 'Berhenti mengikuti…',
    newCount: (count: string) => `${count} artikel baru`,
    followFailed:
      'Tidak dapat mengikuti: penyimpanan browser penuh atau diblokir. Yang tampil sekarang adalah yang benar-benar tersimpan.',
    unfollowFailed:
      'Tidak dapat berhenti mengikuti: penyimpanan browser menolak perubahan. Yang tampil sekarang adalah yang benar-benar tersimpan.',
    followsReadOnly:
      'Daftar yang Anda ikuti di browser ini ditulis oleh versi Warta lain. Anda dapat melihatnya, tetapi tidak dapat mengubahnya di sini agar datanya tetap utuh.',
    followsUnreadable: (count: number | 'all') =>
      count === 'all'
        ? 'Daftar yang Anda ikuti rusak dan tidak dapat dibaca. Data itu kami sisihkan, tidak dihapus, dan daftarnya dimulai dari awal.'
        : `${count} tokoh atau negara yang Anda ikuti tidak dapat dibaca. Data aslinya kami sisihkan, tidak dihapus; yang lain tetap ada.`,
    visitsUnreadable:
      'Tanda kunjungan terakhir Anda rusak dan tidak dapat dibaca. Data itu kami sisihkan, tidak dihapus; artikel baru dihitung lagi mulai sekarang.',
    seenFailed:
      'Tanda "sudah dilihat" tidak dapat disimpan: penyimpanan browser penuh atau diblokir. Artikel baru tetap ditandai.',
  },
  en: {
    follow: 'Follow',
    following: 'Following',
    followPending: 'Following…',
    unfollowPending: 'Unfollowing…',
    newCount: (count: string) => `${count} new ${count === '1' ? 'article' : 'articles'}`,
    followFailed:
      'Could not follow: this browser’s storage is full or blocked. What you see now is what is really stored.',
    unfollowFailed:
      'Could not unfollow: this browser’s storage refused the change. What you see now is what is really stored.',
    followsReadOnly:
      'What you follow in this browser was written by another version of Warta. You can see it, but not change it here, so that it stays whole.',
    followsUnreadable: (count: number | 'all') =>
      count === 'all'
        ? 'What you follow in this browser is damaged and cannot be read. We set that data aside, without deleting it, and started a new list.'
        : `${count} of the leaders or countries you follow cannot be read. We set the original data aside, without deleting it; the others are still here.`,
    visitsUnreadable:
      'The marks of your last visits are damaged and cannot be read. We set that data aside, without deleting it; new articles are counted from now on.',
    seenFailed: 'Could not store "seen": this browser’s storage is full or blocked. New articles stay marked.',
  },
})
