// The line icons drawn beside a control's text: decorative (hidden from assistive technology, the text names the
// control), in the text's colour. One drawing each, in one place.
const ICONS = {
  bookmark: { box: 24, d: 'M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z' },
  download: { box: 24, d: 'M12 3v12M7 10l5 5 5-5M5 21h14' },
  filter: { box: 24, d: 'M4 6h16M7 12h10M10 18h4' },
  remove: { box: 24, d: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3' },
  share: { box: 24, d: 'M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v14' },
  upload: { box: 24, d: 'M12 15V3M7 8l5-5 5 5M5 21h14' },
  check: { box: 16, d: 'M3 8.5l3 3 7-7' },
  close: { box: 16, d: 'M4 4l8 8M12 4l-8 8' },
  plus: { box: 16, d: 'M8 3v10M3 8h10' },
} as const

type IconName = keyof typeof ICONS

type IconProps = {
  name: IconName
  className?: string
  /** Filled with the text's colour (a saved bookmark). */
  filled?: boolean
  strokeWidth?: number
}

export function Icon({ name, className = 'size-4', filled = false, strokeWidth = 2 }: IconProps) {
  const { box, d } = ICONS[name]
  return (
    <svg
      aria-hidden="true"
      viewBox={`0 0 ${box} ${box}`}
      className={className}
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  )
}
