/**
 * What shows while the first route's data loads (the router's HydrateFallback):
 * the same frame as the static first paint in index.html, so nothing flashes.
 */
export function BootShell() {
  return (
    <div className="boot" aria-busy="true">
      <div className="boot-bar">
        <span className="boot-logo">Warta</span>
      </div>
      <div className="boot-main">
        <div className="boot-card skeleton" />
        <div className="boot-card skeleton" />
      </div>
    </div>
  )
}
