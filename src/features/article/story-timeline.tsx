import { Link } from 'react-router'
import type { Article } from '../../api/schemas'
import { formatDate, formatNumber } from '../../lib/format'
import { CONTENT_LANGUAGE, useLanguage, useMessages } from '../../lib/i18n'
import { links } from '../../lib/links'
import { storyMessages } from '../../lib/story-messages'

/** "Perkembangan cerita": the article's story as a vertical timeline, oldest first, this article marked. */
export function StoryTimeline({ article }: { article: Article }) {
  const t = useMessages(storyMessages)
  const language = useLanguage()
  const story = article.story
  const items = story?.items ?? []
  if (!story || items.length < 2) return null
  return (
    <section aria-labelledby="story-heading" className="mt-12 border-t border-line pt-8">
      <h2 id="story-heading" className="font-serif text-2xl font-bold">
        {t.storySoFar}
      </h2>
      <p lang={CONTENT_LANGUAGE} className="mt-1 text-lg font-semibold text-brand">
        {story.title}
      </p>
      <ol className="mt-5 flex flex-col">
        {items.map((item, index) => {
          const current = item.slug === article.slug
          const last = index === items.length - 1
          return (
            <li key={item.slug} className="relative grid grid-cols-[1.25rem_minmax(0,1fr)] gap-x-3">
              {/* The rail and its dot: drawing only. */}
              <span aria-hidden="true" className="relative flex justify-center">
                {!last && <span className="absolute top-3 bottom-0 w-0.5 bg-line" />}
                <span
                  data-mark={current ? 'highlight' : undefined}
                  className={`relative mt-1.5 size-3 rounded-full border-2 ${
                    current ? 'border-brand bg-brand' : 'border-ink-soft bg-surface'
                  }`}
                />
              </span>
              <div className="pb-5">
                <time dateTime={item.publishedAt} className="block text-sm text-ink-soft">
                  {formatDate(item.publishedAt, language)}
                </time>
                {current ? (
                  <p lang={CONTENT_LANGUAGE} aria-current="page" className="font-semibold">
                    {item.title}
                    <span className="ml-2 rounded bg-muted px-1.5 py-0.5 align-middle text-xs font-semibold text-ink-soft">
                      {t.current}
                    </span>
                  </p>
                ) : (
                  <Link
                    to={links.article(item.slug)}
                    lang={CONTENT_LANGUAGE}
                    className="underline decoration-line underline-offset-4 hover:decoration-current"
                  >
                    {item.title}
                  </Link>
                )}
              </div>
            </li>
          )
        })}
      </ol>
      <Link
        to={links.story(story.id)}
        className="inline-flex min-h-8 items-center font-semibold text-brand underline-offset-4 hover:underline"
      >
        {t.wholeStory(formatNumber(story.size, language))}
      </Link>
    </section>
  )
}
