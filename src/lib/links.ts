// Links inside the app, built from slugs and ids (never taken from data as URLs).

export function articleHref(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`
}
