import { defineMessages } from '../../lib/i18n'

export const articleMessages = defineMessages({
  id: {
    loading: 'Memuat artikel…',
    readAlso: 'Baca juga',
    related: 'Artikel terkait',
    share: 'Bagikan',
    linkCopied: 'Tautan disalin',
    copyFailed: 'Tautan tidak dapat disalin. Salin dari bilah alamat.',
    progress: 'Kemajuan membaca',
    progressText: (percent: string) => `${percent}% dibaca`,
    resume: 'Lanjutkan membaca',
    resumeHint: (percent: string) => `Terakhir kali Anda membaca ${percent}% artikel ini.`,
  },
  en: {
    loading: 'Loading article…',
    readAlso: 'Read also',
    related: 'Related articles',
    share: 'Share',
    linkCopied: 'Link copied',
    copyFailed: 'The link could not be copied. Copy it from the address bar.',
    progress: 'Reading progress',
    progressText: (percent: string) => `${percent}% read`,
    resume: 'Continue reading',
    resumeHint: (percent: string) => `Last time you read ${percent}% of this article.`,
  },
})
