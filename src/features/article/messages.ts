import { defineMessages } from '../../lib/i18n'

export const articleMessages = defineMessages({
  id: {
    loading: 'Memuat artikel…',
    readAlso: 'Baca juga',
    related: 'Artikel terkait',
    share: 'Bagikan',
    linkCopied: 'Tautan disalin',
    copyFailed: 'Tautan tidak dapat disalin. Salin dari bilah alamat.',
  },
  en: {
    loading: 'Loading article…',
    readAlso: 'Read also',
    related: 'Related articles',
    share: 'Share',
    linkCopied: 'Link copied',
    copyFailed: 'The link could not be copied. Copy it from the address bar.',
  },
})
