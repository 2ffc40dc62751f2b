// Every bookmark keeps the whole article, so that it opens without the network.
// A card only has the summary: saving from it stores the summary at once (the
// save is never lost or delayed) and fetches the whole article to upgrade it.
// If that fetch fails, the bookmark stays a summary and is upgraded later:
// whenever the app is online and holds summary-only bookmarks. Upgrades are
// the app's doing, not the reader's: they are skipped while the bookmarks are
// read-only, and a failed one is retried later without a word.
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { articleQueries } from '../api/articles'
import type { Article, ArticleSummary } from '../api/schemas'
import type { BookmarkStore } from './bookmarks'
import { useBookmarkState, useReaderData } from './reader-data'

/** Slugs being upgraded, per store: one fetch at a time for each. */
const upgradingByStore = new WeakMap<BookmarkStore, Set<string>>()

async function upgradeSnapshot(store: BookmarkStore, queryClient: QueryClient, slug: string): Promise<void> {
  const upgrading = upgradingByStore.get(store) ?? new Set<string>()
  upgradingByStore.set(store, upgrading)
  if (upgrading.has(slug)) return
  upgrading.add(slug)
  try {
    await store.ready
    // Data from a newer Warta is never written: no upgrade, and no fetch for one.
    if (store.getState().access === 'read-only') return
    const article = await queryClient.fetchQuery(articleQueries.detail(slug))
    await store.upgrade(article)
  } catch {
    // Stays a summary; tried again when the app is next online with it.
  } finally {
    upgrading.delete(slug)
  }
}

export async function saveWithSnapshot(
  store: BookmarkStore,
  queryClient: QueryClient,
  article: Article | ArticleSummary,
): Promise<boolean> {
  const whole = 'body' in article ? article : queryClient.getQueryData(articleQueries.detail(article.slug).queryKey)
  const saved = await store.save(whole ?? article)
  if (saved && !whole) await upgradeSnapshot(store, queryClient, article.slug)
  return saved
}

/** Upgrades summary-only bookmarks to whole articles whenever the app is online. */
export function useSnapshotUpgrades(online: boolean): void {
  const store = useReaderData().bookmarks
  const queryClient = useQueryClient()
  const { value } = useBookmarkState()
  const summaryOnly = value
    .filter((item) => !item.complete)
    .map((item) => item.slug)
    .join(' ')
  useEffect(() => {
    if (!online || !summaryOnly) return
    for (const slug of summaryOnly.split(' ')) void upgradeSnapshot(store, queryClient, slug)
  }, [online, summaryOnly, store, queryClient])
}
