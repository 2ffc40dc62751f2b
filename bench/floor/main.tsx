// The floor: the least an app of Warta's stack can do (react, react-dom, the
// react-router data router, react-query): a feed of 20 cards from the same API
// with the same photos, and an article page. No validation, no filters, no
// reader data. bench/floor.ts runs Lighthouse on it beside Warta.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, Link, RouterProvider, useParams } from 'react-router'
import { articlePageQuery } from '../../src/api/article-page'
import './floor.css'

type Photo = { src: string; width: number; height: number; alt: string }
type Summary = { slug: string; title: string; dek: string; publishedAt: string; hero: Photo }
type Block = { type: 'paragraph'; text: string } | { type: 'figure'; photo: Photo } | { type: 'readAlso' }

// The very request Warta's feed makes first, so the host's preload serves both alike.
const FEED_URL = `/api/articles?${articlePageQuery({ entities: [], match: 'all' }, null)}`

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as T
}

function Feed() {
  const { data } = useQuery({ queryKey: ['feed'], queryFn: () => getJson<{ items: Summary[] }>(FEED_URL) })
  return (
    <main>
      <title>Floor</title>
      <h1>Berita terbaru</h1>
      <ol aria-label="Daftar artikel">
        {data?.items.map((article, index) => (
          <li key={article.slug}>
            <article>
              <img
                src={article.hero.src}
                width={article.hero.width}
                height={article.hero.height}
                alt={article.hero.alt}
                loading={index < 2 ? 'eager' : 'lazy'}
                fetchPriority={index < 2 ? 'high' : 'auto'}
              />
              <h2>
                <Link to={`/articles/${article.slug}`}>{article.title}</Link>
              </h2>
              <p>{article.dek}</p>
            </article>
          </li>
        ))}
      </ol>
    </main>
  )
}

function ArticlePage() {
  const { slug = '' } = useParams()
  const { data } = useQuery({
    queryKey: ['article', slug],
    queryFn: () => getJson<{ article: Summary & { body: Block[] } }>(`/api/articles/${encodeURIComponent(slug)}`),
  })
  const article = data?.article
  if (!article) return <main aria-busy="true" />
  return (
    <main>
      <title>{article.title}</title>
      <h1>{article.title}</h1>
      <img
        src={article.hero.src}
        width={article.hero.width}
        height={article.hero.height}
        alt={article.hero.alt}
        fetchPriority="high"
      />
      {article.body.map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : block.type === 'figure' ? (
          <img
            key={index}
            src={block.photo.src}
            width={block.photo.width}
            height={block.photo.height}
            alt={block.photo.alt}
            loading="lazy"
          />
        ) : null,
      )}
      <Link to="/">Beranda</Link>
    </main>
  )
}

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } })
const router = createBrowserRouter([
  { path: '/', Component: Feed },
  { path: '/articles/:slug', Component: ArticlePage },
])

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
