import type { EntityRef } from '../api/schemas'
import { refName, useEntityIndex } from '../lib/entity-names'
import { useLanguage, useMessages } from '../lib/i18n'
import { sharedMessages } from '../lib/messages'
import { links } from '../lib/links'
import { PlainLink } from './plain-link'

type EntityChipsProps = {
  entities: EntityRef[]
  max?: number
  label?: string
  /** Shown before the others (the ones a list is about), so that a card says why it is in the list. */
  first?: readonly string[]
}

/** Leaders and countries of an article; each opens the feed filtered by it. */
export function EntityChips({ entities, max = entities.length, label, first }: EntityChipsProps) {
  const t = useMessages(sharedMessages)
  const language = useLanguage()
  const index = useEntityIndex()
  const ordered = first?.length
    ? [...entities.filter((e) => first.includes(e.id)), ...entities.filter((e) => !first.includes(e.id))]
    : entities
  const shown = ordered.slice(0, max)
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
