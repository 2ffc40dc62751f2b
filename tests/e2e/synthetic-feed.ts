// A synthetic feed of any size, served to the page by page.route() in the
// shape of the contract, so browser checks can load 1,000 articles.
import type { Page } from '@playwright/test'

const PEOPLE = [
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin' },
  { id: 'donald-trump', type: 'person', name: 'Donald Trump' },
  { id: 'xi-jinping', type: 'person', name: 'Xi Jinping' },
] as const

function makeArticles(count: number) {
  const start = Date.UTC(2025, 7, 31, 12)
  return Array.from({ length: count }, (_, index) => ({
    slug: `artikel-sintetis-${index}`,
    title: `Artikel sintetis nomor ${index}: ${PEOPLE[index % 3]!.name} dan perang di Ukraina`,
    dek: 'Ringkasan sintetis untuk menguji daftar panjang: dua kalimat kira-kira sepanjang ringkasan berita yang sebenarnya di Warta.',
    publishedAt: new Date(start - index * 1_800_000).toISOString().replace('Z', '+00:00'),
    section: 'Internasional',
    hero: {
      src: '/favicon.svg',
      width: 1200,
      height: 675,
      alt: 'Ilustrasi',
      caption: 'Ilustrasi sintetis',
      credits: ['Warta'],
    },
    entities: [
      PEOPLE[index % 3]!,
      ...(index % 5 === 0 ? [PEOPLE[(index + 1) % 3]!] : []),
      { id: 'ukraina', type: 'country', name: 'Ukraina' },
    ],
    readingMinutes: 3,
  }))
}

/** Serves `count` synthetic articles for /api/articles (filters, cursors, facets); details 404. */
export async function serveSyntheticFeed(page: Page, count = 1000): Promise<void> {
  const all = makeArticles(count)
  await page.route(/\/api\/articles\/[^/?]+$/, (route) =>
    route.fulfill({ status: 404, json: { error: { code: 'not_found', message: 'synthetic' } } }),
  )
  await page.route(/\/api\/articles(\?.*)?$/, (route) => {
    const url = new URL(route.request().url())
    const wanted = url.searchParams.getAll('entity')
    const any = url.searchParams.get('match') === 'any'
    const matches = (article: (typeof all)[number]) => {
      const ids = new Set<string>(article.entities.map((entity) => entity.id))
      return wanted.length === 0 || (any ? wanted.some((id) => ids.has(id)) : wanted.every((id) => ids.has(id)))
    }
    const filtered = all.filter(matches)
    const offset = Number(url.searchParams.get('cursor') ?? 0)
    const limit = Number(url.searchParams.get('limit') ?? 20)
    const facets = new Map<string, number>()
    for (const article of filtered)
      for (const entity of article.entities) facets.set(entity.id, (facets.get(entity.id) ?? 0) + 1)
    return route.fulfill({
      json: {
        items: filtered.slice(offset, offset + limit),
        nextCursor: offset + limit < filtered.length ? String(offset + limit) : null,
        total: filtered.length,
        facets: [...facets].map(([entityId, n]) => ({ entityId, count: n })),
      },
    })
  })
}

/** Loads more until `count` articles are in the feed's list (by the list's own aria-setsize). */
export async function loadArticles(page: Page, count: number): Promise<void> {
  const list = page.getByRole('list', { name: /Daftar artikel|Articles/ })
  const loaded = async () => Number((await list.locator('li').first().getAttribute('aria-setsize')) ?? 0)
  const more = page.getByRole('button', { name: 'Muat lebih banyak' })
  let missed = 0
  while ((await loaded()) < count) {
    const before = await loaded()
    // The list also loads by itself near its end: the last page can arrive, and the button go, before the click.
    const clicked = await more.click({ timeout: 10_000 }).then(
      () => true,
      () => false,
    )
    if (!clicked && ++missed < 5) continue
    await page.waitForFunction(
      ([selector, previous]) =>
        Number(document.querySelector(selector as string)?.getAttribute('aria-setsize') ?? 0) > (previous as number),
      ['main ol li[aria-setsize]', before] as const,
    )
  }
}
