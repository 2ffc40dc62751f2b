import type { EntityRef } from '../api/schemas'
import { refName, useEntityIndex } from '../lib/entity-names'
import { useLanguage, useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { links } from '../lib/links'
import { PlainLink } from './plain-link'

type EntityChipsProps = { entities: EntityRef[]; max?: number; label?: string }

/** Leaders and countries of an article; each opens the feed filtered by it. */
export function EntityChips({ entities, max = entities.length, label }: EntityChipsProps) {
  const t = useMessages(sharedMessages)
  const language = useLanguage()
  const index = useEntityIndex()
  const shown = entities.slice(0, max)
  if (shown.length === 0) return null
  return (
    <ul aria-label={label ?? t.entitiesIn} className="flex flex-wrap gap-1.5">
      {shown.map((entity) => {
        const name = refName(entity, index, language)
        return (
          <li key={entity.id}>
            <PlainLink
              to={links.feedAbout(entity.id)}
              aria-label={t.filterBy(name)}
              className="chip"
              data-type={entity.type}
            >
              <span aria-hidden="true" className="chip-dot" />
              {name}
            </PlainLink>
          </li>
        )
      })}
    </ul>
  )
}
