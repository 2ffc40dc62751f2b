// Story text shared by the article card, the article page and the story page.
import { defineMessages } from './i18n'

export const storyMessages = defineMessages({
  id: {
    story: 'Cerita',
    storySoFar: 'Perkembangan cerita',
    cardStoryLink: (title: string) => `Cerita: ${title}`,
    wholeStory: (count: string) => `Lihat seluruh cerita (${count} artikel)`,
    current: 'Artikel ini',
  },
  en: {
    story: 'Story',
    storySoFar: 'Story so far',
    cardStoryLink: (title: string) => `Story: ${title}`,
    wholeStory: (count: string) => `See the whole story (${count} articles)`,
    current: 'This article',
  },
})
