type StatusHeadingProps = { level: 1 | 2 | 3; className?: string; children: string }

/**
 * The heading of a state shown in place of content (offline, error, not found).
 * At level 1 the state is the whole page, so it also names the page in the title bar.
 */
export function StatusHeading({ level, className, children }: StatusHeadingProps) {
  const Heading = (['h1', 'h2', 'h3'] as const)[level - 1] ?? 'h1'
  return (
    <>
      {level === 1 && <title>{`${children} · Warta`}</title>}
      <Heading tabIndex={-1} className={className}>
        {children}
      </Heading>
    </>
  )
}
