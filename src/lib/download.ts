/** Hands the reader a file made in the page (an export): a link to a Blob, clicked, then let go. */
export function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** `warta-<what>-YYYY-MM-DD.json` */
export const exportFileName = (what: string, now: Date) => `warta-${what}-${now.toISOString().slice(0, 10)}.json`
