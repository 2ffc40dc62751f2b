/** Placeholder shapes while content loads; hidden from assistive technology. */
function CardSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-3 rounded-xl border border-line p-3 sm:flex-row sm:gap-5">
      <div className="skeleton aspect-video w-full rounded-lg sm:w-60 sm:shrink-0" />
      <div className="flex flex-1 flex-col gap-2 py-1">
        <div className="skeleton h-5 w-11/12 rounded" />
        <div className="skeleton h-5 w-2/3 rounded" />
        <div className="skeleton mt-2 h-4 w-full rounded" />
        <div className="skeleton h-4 w-5/6 rounded" />
      </div>
    </div>
  )
}

export function ListSkeleton({ count = 4, label }: { count?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-4">
      {Array.from({ length: count }, (_, index) => (
        <CardSkeleton key={index} />
      ))}
    </div>
  )
}

/** A whole page loading: it names the page in the title bar until the page does. */
export function ArticleSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="mx-auto max-w-prose">
      <title>{`${label} · Warta`}</title>
      <div aria-hidden="true" className="flex flex-col gap-3">
        <div className="skeleton h-9 w-full rounded" />
        <div className="skeleton h-9 w-3/4 rounded" />
        <div className="skeleton mt-4 aspect-video w-full rounded-lg" />
        <div className="skeleton mt-4 h-4 w-full rounded" />
        <div className="skeleton h-4 w-11/12 rounded" />
        <div className="skeleton h-4 w-4/5 rounded" />
      </div>
    </div>
  )
}
