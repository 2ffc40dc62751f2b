import { createContext, useContext, type ReactNode } from 'react'
import type { Entity, EntityRef } from '../api/schemas'
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

const SharedIndex = createContext<ReadonlyMap<string, Entity> | null>(null)

/**
 * One subscription to the directory for all the chips of a list. With one each, every card made a query observer
 * as it came and dropped it as it went: when search results change, 40 of them in the one task that runs the
 * list's effects (decision 032, addendum).
 */
export function SharedEntityIndex({ children }: { children: ReactNode }) {
  return <SharedIndex value={useEntityIndex()}>{children}</SharedIndex>
}

/** Leaders and countries of an article; each opens the feed filtered by it. */
export function EntityChips(props: EntityChipsProps) {
  const shared = useContext(SharedIndex)
  return shared ? <ChipList {...props} index={shared} /> : <ChipsWithOwnIndex {...props} />
}

function ChipsWithOwnIndex(props: EntityChipsProps) {
  return <ChipList {...props} index={useEntityIndex()} />
}

function ChipList({
  entities,
  max = entities.length,
  label,
  first,
  index,
}: EntityChipsProps & { index: ReadonlyMap<string, Entity> }) {
  const t = useMessages(sharedMessages)
  const language = useLanguage()
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
