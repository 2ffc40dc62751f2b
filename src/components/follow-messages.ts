// Interface text of the follow toggle, shared by every page. What the shell
// says about stored follows and visit marks is in follow-banners.tsx, loaded
// only when there is something to say.
import { defineMessages } from '../lib/i18n'

export const followMessages = defineMessages({
  id: {
    follow: 'Ikuti',
    following: 'Diikuti',
    followPending: 'Mengikuti…',
    unfollowPending: 'Berhenti mengikuti…',
  },
  en: {
    follow: 'Follow',
    following: 'Following',
    followPending: 'Following…',
    unfollowPending: 'Unfollowing…',
  },
})
