import { Fragment, useId, type ReactNode, type Ref } from 'react'
import { Link } from 'react-router'
import type { Block, EntityRef, Mention } from '../../api/schemas'
import { PhotoFigure } from '../../components/photo-figure'
import { refName, useEntityIndex } from '../../lib/entity-names'
import { CONTENT_LANGUAGE, useLanguage, useMessages } from '../../lib/i18n'
import { articleMessages } from './messages'
import { links } from '../../lib/links'

/** A paragraph as text, each mention of a leader or country linked to its page. */
function Paragraph({
  text,
  mentions,
  names,
  block,
}: {
  text: string
  mentions: Mention[]
  names: Map<string, string>
  /** Its index among the body's blocks: where a remembered reading position points. */
  block: number
}) {
  const parts: ReactNode[] = []
  let cursor = 0
  // Spans come from the API: ignore any that are out of order, overlapping or out of range.
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < cursor || mention.end > text.length || mention.end <= mention.start) continue
    if (mention.start > cursor) parts.push(text.slice(cursor, mention.start))
    const label = text.slice(mention.start, mention.end)
    parts.push(
      <Link
        key={mention.start}
        to={links.entity(mention.entityId)}
        className="mention"
        title={names.get(mention.entityId)}
      >
        {label}
      </Link>,
    )
    cursor = mention.end
  }
  if (cursor < text.length) parts.push(text.slice(cursor))
  return <p data-block={block}>{parts}</p>
}

/** A read-also link; named "Baca juga" and its title, so that two of them are two landmarks. */
function ReadAlso({ slug, title, label }: { slug: string; title: string; label: string }) {
  const labelId = useId()
  const linkId = useId()
  // The label is interface text inside the article's Indonesian body.
  const language = useLanguage()
  return (
    <aside aria-labelledby={`${labelId} ${linkId}`} className="read-also">
      <span id={labelId} lang={language} className="read-also-label">
        {label}
      </span>
      <Link id={linkId} to={links.article(slug)}>
        {title}
      </Link>
    </aside>
  )
}

export function ArticleBody({
  blocks,
  entities,
  ref,
}: {
  blocks: Block[]
  entities: EntityRef[]
  ref?: Ref<HTMLDivElement>
}) {
  const t = useMessages(articleMessages)
  // The text keeps the article's words; a name's tooltip is in the reader's language.
  const index = useEntityIndex()
  const language = useLanguage()
  const names = new Map(entities.map((entity) => [entity.id, refName(entity, index, language)]))
  return (
    <div ref={ref} className="article-body" lang={CONTENT_LANGUAGE}>
      {blocks.map((block, index) => (
        <Fragment key={index}>
          {block.type === 'paragraph' && (
            <Paragraph text={block.text} mentions={block.mentions} names={names} block={index} />
          )}
          {block.type === 'readAlso' && <ReadAlso slug={block.slug} title={block.title} label={t.readAlso} />}
          {block.type === 'figure' && <PhotoFigure photo={block.photo} className="my-6" />}
        </Fragment>
      ))}
    </div>
  )
}
