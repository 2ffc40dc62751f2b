// The Network Information API (Chromium): data saver and the measured link type.
type Connection = { saveData?: boolean; effectiveType?: string }

/** The reader asks to spare data (data saver) or is on a 2g link: nothing is fetched before they ask for it. */
export function sparingData(): boolean {
  const connection = (globalThis.navigator as (Navigator & { connection?: Connection }) | undefined)?.connection
  return connection?.saveData === true || connection?.effectiveType === '2g' || connection?.effectiveType === 'slow-2g'
}
