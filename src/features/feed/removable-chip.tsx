import { Icon } from '../../components/icon'

type RemovableChipProps = {
  /** What the chip shows. */
  children: string
  /** What pressing it does, spoken: it contains the shown text (WCAG 2.5.3). */
  label: string
  onRemove: () => void
  type?: 'person' | 'country' | undefined
}

/** An active filter (a leader, a country, a date range) as a chip that removes it. */
export function RemovableChip({ children, label, onRemove, type }: RemovableChipProps) {
  return (
    <button
      type="button"
      onClick={onRemove}
      aria-label={label}
      data-type={type}
      className="chip cursor-pointer gap-1.5 pr-1.5 ring-1 ring-line hover:no-underline hover:ring-ink-soft"
    >
      {children}
      <Icon name="close" className="size-3.5" />
    </button>
  )
}
