// Placeholder until the bookmarks issue lands this page.
export function Component() {
  return <h1 tabIndex={-1}>Tersimpan</h1>
}
