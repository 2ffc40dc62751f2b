// Co-mentions as horizontal bars (top 8). The name opens that entity's page;
// the bar opens the feed of the articles naming both, and its accessible name
// starts with its visible text, the count (WCAG 2.5.3 Label in Name).
import { scaleLinear } from 'd3-scale'
import type { Entity } from '../../api/schemas'
import { entityName } from '../../lib/entity-names'
import { Flag } from './flag'
import { links } from '../../lib/links'
import { PlainLink } from '../../components/plain-link'
import { useLanguage, useMessages } from '../../lib/i18n'
import { coverageMessages } from './coverage-messages'

type CoMentionChartProps = { subject: Entity; items: { entity: Entity; count: number }[]; drawn: boolean }

export function CoMentionChart({ subject, items, drawn }: CoMentionChartProps) {
  const t = useMessages(coverageMessages)
  const language = useLanguage()
  // Before it is drawn, its box: each row two 1.75rem lines (min-h-7), 0.5rem between rows (gap-2).
  if (!drawn) return <div className="mt-3" style={{ height: `${items.length * 4 - 0.5}rem` }} />
  const subjectName = entityName(subject, language)
  const width = scaleLinear()
    .domain([0, Math.max(1, ...items.map((item) => item.count))])
    .range([0, 100])
  return (
    <ol className="mt-3 flex flex-col gap-2">
      {items.map(({ entity, count }) => {
        const name = entityName(entity, language)
        return (
          <li key={entity.id} className="flex flex-col">
            <PlainLink
              to={links.entity(entity.id)}
              className="inline-flex min-h-7 items-center gap-1 self-start text-sm font-semibold underline-offset-4 hover:underline"
            >
              {entity.type === 'country' && <Flag code={entity.code} className="mr-[0.25em]" />}
              {name}
            </PlainLink>
            <PlainLink
              to={links.feed({ entities: [subject.id, entity.id], match: 'all' })}
              aria-label={t.pairLabel(count, subjectName, name)}
              className="group flex min-h-7 items-center gap-2 text-sm text-ink-soft hover:text-ink"
            >
              <span aria-hidden="true" className="h-3 min-w-0 flex-1">
                <span
                  data-mark=""
                  className="block h-full rounded-sm bg-brand group-hover:bg-accent group-focus-visible:bg-accent"
                  style={{ width: `${Math.max(width(count), 2)}%` }}
                />
              </span>
              <span className="w-10 shrink-0 text-right tabular-nums underline decoration-line underline-offset-4">
                {t.pairCount(count)}
              </span>
            </PlainLink>
          </li>
        )
      })}
    </ol>
  )
}
