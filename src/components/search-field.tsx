import { useId } from 'react'

type SearchFieldProps = {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  className?: string
}

/** A labelled search box in a search landmark. */
export function SearchField({ label, value, onChange, placeholder, className }: SearchFieldProps) {
  const id = useId()
  const labelId = useId()
  return (
    // Named by its label: a page may hold more than one search landmark.
    <div role="search" aria-labelledby={labelId} className={className}>
      <label id={labelId} htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-lg border border-line bg-surface px-3 py-2 text-base placeholder:text-ink-soft/70"
      />
    </div>
  )
}
