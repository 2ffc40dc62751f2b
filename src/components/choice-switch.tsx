import { useId } from 'react'

type ChoiceSwitchProps<T extends string> = {
  label: string
  options: readonly (readonly [value: T, label: string])[]
  value: T
  onChange: (value: T) => void
}

/**
 * A small either-or choice (an order, a sort): radio buttons drawn as a segmented switch, named by its label.
 * Where the options do not fit (three on a 360 px phone) they wrap onto a second row: a radius of half a row's
 * height draws a pill on one row and a rounded box on two.
 */
export function ChoiceSwitch<T extends string>({ label, options, value, onChange }: ChoiceSwitchProps<T>) {
  const labelId = useId()
  const name = useId()
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span id={labelId} className="text-sm text-ink-soft">
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        className="inline-flex max-w-full flex-wrap rounded-[1.125rem] border border-line bg-surface p-0.5"
      >
        {options.map(([option, optionLabel]) => (
          <label
            key={option}
            className="cursor-pointer rounded-full px-3 py-1 text-sm font-semibold whitespace-nowrap text-ink-soft select-none has-checked:bg-ink has-checked:text-canvas has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-[var(--focus)]"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="sr-only"
            />
            {optionLabel}
          </label>
        ))}
      </div>
    </div>
  )
}
