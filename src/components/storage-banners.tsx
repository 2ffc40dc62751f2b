// The shell's notices about stored data that could not be kept, read or
// written (bookmarks, settings, follows, visit marks): loaded only when there is
// one to show (reader-data-banners.tsx), so the first visit does not carry them.
import type { BookmarkAction } from '../reader-data/bookmarks'
import type { StorageProblem, WriteFailure } from '../reader-data/kind-store'
import { defineMessages, useMessages } from '../lib/i18n'
import {
  useBookmarkState,
  useFollowState,
  useReaderData,
  useSettingsState,
  useVisitState,
} from '../reader-data/reader-data'
import { Banner } from './banner'
import { savedArticleMessages } from './saved-article-messages'

const storageMessages = defineMessages({
  id: {
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
    readOnlyFailed: 'Tidak dapat diubah: artikel tersimpan dibuat oleh versi Warta yang lebih baru.',
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
    readOnlyFailed: 'Cannot be changed: the saved articles were written by a newer version of Warta.',
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

type Messages = (typeof storageMessages)['id']

function bookmarkProblemText(problem: StorageProblem, t: Messages): string {
  if (problem.kind === 'unavailable') return t.unavailable
  if (problem.kind === 'readOnly') return problem.newer === null ? t.unrecognised : t.newer
  if (!problem.setAside) return t.corruptNotSetAside
  return problem.unreadable === 'all' ? t.corruptAll : t.corruptSome(problem.unreadable)
}

function bookmarkFailureText(failure: WriteFailure<BookmarkAction>, t: Messages, importFailed: string): string {
  if (failure.reason === 'readOnly') return t.readOnlyFailed
  if (failure.reason === 'stalled') return t.stalled
  if (failure.action === 'remove') return t.removeFailed
  if (failure.action === 'import') return importFailed
  return t.saveFailed
}

/** The other kinds share the bookmarks' storage: only what is news about them is said (not "unavailable" twice). */
function settingsProblemText(problem: StorageProblem, t: Messages): string | null {
  if (problem.kind === 'corrupt') return t.settingsUnreadable
  if (problem.kind === 'readOnly') return t.settingsReadOnly
  return null
}

function followsProblemText(problem: StorageProblem, t: Messages): string | null {
  if (problem.kind === 'corrupt') return t.followsUnreadable(problem.unreadable)
  if (problem.kind === 'readOnly') return t.followsReadOnly
  return null
}

export function StorageBanners() {
  const t = useMessages(storageMessages)
  const shared = useMessages(savedArticleMessages)
  const readerData = useReaderData()
  const bookmarks = useBookmarkState()
  const settings = useSettingsState()
  const follows = useFollowState()
  const visits = useVisitState()
  const settingsProblem = settings.problem && settingsProblemText(settings.problem, t)
  const followsProblem = follows.problem && followsProblemText(follows.problem, t)
  return (
    <>
      {bookmarks.problem && (
        <Banner
          tone="warning"
          role="alert"
          onDismiss={bookmarks.access === 'read-write' ? readerData.bookmarks.dismissProblem : undefined}
        >
          {bookmarkProblemText(bookmarks.problem, t)}
        </Banner>
      )}
      {bookmarks.failure && (
        <Banner key={bookmarks.failure.id} tone="error" role="alert" onDismiss={readerData.bookmarks.dismissFailure}>
          {bookmarkFailureText(bookmarks.failure, t, shared.importFailed)}
        </Banner>
      )}
      {settingsProblem && (
        <Banner tone="warning" role="alert" onDismiss={readerData.settings.dismissProblem}>
          {settingsProblem}
        </Banner>
      )}
      {settings.failure && (
        <Banner
          key={`settings-${settings.failure.id}`}
          tone="error"
          role="alert"
          onDismiss={readerData.settings.dismissFailure}
        >
          {settings.failure.reason === 'stalled' ? t.stalled : t.settingsFailed}
        </Banner>
      )}
      {followsProblem && (
        <Banner tone="warning" role="alert" onDismiss={readerData.follows.dismissProblem}>
          {followsProblem}
        </Banner>
      )}
      {follows.failure && (
        <Banner
          key={`follows-${follows.failure.id}`}
          tone="error"
          role="alert"
          onDismiss={readerData.follows.dismissFailure}
        >
          {follows.failure.reason === 'readOnly'
            ? t.followsReadOnly
            : follows.failure.reason === 'stalled'
              ? t.stalled
              : follows.failure.action === 'unfollow'
                ? t.unfollowFailed
                : t.followFailed}
        </Banner>
      )}
      {visits.problem?.kind === 'corrupt' && (
        <Banner tone="warning" role="alert" onDismiss={readerData.visits.dismissProblem}>
          {t.visitsUnreadable}
        </Banner>
      )}
      {visits.failure && (
        <Banner
          key={`visits-${visits.failure.id}`}
          tone="error"
          role="alert"
          onDismiss={readerData.visits.dismissFailure}
        >
          {visits.failure.reason === 'stalled' ? t.stalled : t.seenFailed}
        </Banner>
      )}
    </>
  )
}
