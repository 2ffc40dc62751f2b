// Every bookmark keeps the whole article, so that it opens without the network.
// A card only has the summary: saving from it stores the summary at once (the
// save is never lost or delayed) and fetches the whole article to upgrade it.
// If that fetch fails, the bookmark stays a summary and is upgraded later:
// whenever the app is online and holds summary-only bookmarks. Upgrades are
// the app's doing, not the reader's: they are skipped while the bookmarks are
// read-only, and a failed one is retried later without a word.
import { onlineManager, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { articleQueries } from '../api/articles'
import type { Article, ArticleSummary } from '../api/schemas'
import type { BookmarkStore } from './bookmarks'
import { useReaderDataAnswer, useReaderData } from './reader-data'

/** Per store: slugs being upgraded (one fetch at a time for each), and those whose last try failed. */
const upgradesByStore = new WeakMap<BookmarkStore, { running: Set<string>; failed: Set<string> }>()

function upgradesOf(store: BookmarkStore) {
  const upgrades = upgradesByStore.get(store) ?? { running: new Set<string>(), failed: new Set<string>() }
  upgradesByStore.set(store, upgrades)
  return upgrades
}

/** An import can bring tens of thousands of summaries: they are fetched a few at a time, not all at once. */
const UPGRADES_PER_ROUND = 4

async function upgradeSnapshot(store: BookmarkStore, queryClient: QueryClient, slug: string): Promise<void> {
  const { running: upgrading, failed } = upgradesOf(store)
  if (upgrading.has(slug)) return
  upgrading.add(slug)
  try {
    await store.ready
    // Data from a newer Warta is never written: no upgrade, and no fetch for one.
    if (store.getState().access === 'read-only') return
    const article = await queryClient.fetchQuery(articleQueries.detail(slug))
    if (!(await store.upgrade(article))) failed.add(slug)
  } catch {
    // Stays a summary; tried again when the app is next online with it.
    failed.add(slug)
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
  // A string, so that the shell renders again only when the list of summary-only bookmarks changes.
  const summaryOnly = useReaderDataAnswer('bookmarks', (state) =>
    state.value
      .filter((item) => !item.complete)
      .map((item) => item.slug)
      .join(' '),
  )
  useEffect(() => {
    if (!online || !summaryOnly) return
    const { failed } = upgradesOf(store)
    // Each upgrade changes the list, which starts the next round; failures wait until the app is next online.
    const round = summaryOnly
      .split(' ')
      .filter((slug) => !failed.has(slug))
      .slice(0, UPGRADES_PER_ROUND)
    for (const slug of round) void upgradeSnapshot(store, queryClient, slug)
    return () => {
      if (!onlineManager.isOnline()) failed.clear()
    }
  }, [online, summaryOnly, store, queryClient])
}
