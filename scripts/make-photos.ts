// Generates the corpus photos: one small SVG "editorial illustration" per photo src
// referenced by an article (hero and figure blocks), sized exactly as the entry says.
// Deterministic: the scene and palette come from a hash of the src, so reruns change nothing.
// Also deletes SVGs in public/images that no article references.
// Run with `npm run photos`.
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

interface PhotoEntry {
  src: string
  width: number
  height: number
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const articlesDir = join(root, 'mocks', 'data', 'articles')
const imagesDir = join(root, 'public', 'images')
const SRC_PATTERN = /^\/images\/([a-z0-9]+(?:-[a-z0-9]+)*)\.svg$/

function isPhoto(value: unknown): value is PhotoEntry {
  if (typeof value !== 'object' || value === null) return false
  const photo = value as Record<string, unknown>
  return typeof photo.src === 'string' && Number.isInteger(photo.width) && Number.isInteger(photo.height)
}

/** Every photo of every article, keyed by file name; a src used twice must keep one size. */
function collectPhotos(): Map<string, PhotoEntry> {
  const photos = new Map<string, PhotoEntry>()
  const add = (value: unknown, where: string) => {
    if (!isPhoto(value)) throw new Error(`${where}: photo needs src, integer width and height`)
    const match = SRC_PATTERN.exec(value.src)
    if (!match?.[1]) throw new Error(`${where}: src must look like /images/<name>.svg, got ${value.src}`)
    if (value.width <= 0 || value.height <= 0) throw new Error(`${where}: size must be positive`)
    const name = `${match[1]}.svg`
    const seen = photos.get(name)
    if (seen && (seen.width !== value.width || seen.height !== value.height)) {
      throw new Error(`${where}: ${value.src} is used with two sizes`)
    }
    photos.set(name, { src: value.src, width: value.width, height: value.height })
  }
  for (const file of readdirSync(articlesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const article = JSON.parse(readFileSync(join(articlesDir, file), 'utf8')) as {
      hero?: unknown
      body?: { type?: string; photo?: unknown }[]
    }
    add(article.hero, `${file} hero`)
    for (const [index, block] of (article.body ?? []).entries()) {
      if (block.type === 'figure') add(block.photo, `${file} body[${index}]`)
    }
  }
  return photos
}

/** FNV-1a, 32 bit: a stable seed from the src. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a tiny seeded PRNG, so each image is reproducible. */
function prng(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    range: (min: number, max: number) => min + (max - min) * next(),
    int: (min: number, max: number) => Math.floor(min + (max - min + 1) * next()),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  }
}
type Rng = ReturnType<typeof prng>

/** Muted news-photo tones: sky top, sky bottom, ground, dark, mid, accent, light. */
const PALETTES = [
  ['#2f3e4f', '#8c9cab', '#353a40', '#1c232b', '#55606b', '#a8552f', '#d9d4c7'], // dusk, steel
  ['#9db1c2', '#e2dccb', '#6a6e62', '#363d45', '#7f8a8f', '#9e3a37', '#f1ede2'], // pale morning
  ['#77828b', '#c7cac5', '#4b514d', '#2b302e', '#6d7571', '#2f5d89', '#e6e6df'], // overcast
  ['#b9824f', '#efcf9c', '#584838', '#2d251e', '#86705a', '#27496a', '#f5e6c8'], // golden hour
  ['#101a2b', '#3b4b66', '#181d26', '#0a0e15', '#2c3648', '#d39c3a', '#c8cfdb'], // night
  ['#56634f', '#b6bc9f', '#3e4536', '#23281f', '#68705a', '#a34a3a', '#e7e4d0'], // olive field
  ['#4a4f6b', '#b7a7a6', '#3c3a44', '#22212a', '#6a6676', '#b07a3c', '#ece4da'], // winter haze
] as const

type Palette = (typeof PALETTES)[number]

const n = (value: number) => String(Math.round(value))

/** A seated or standing figure: head and shoulders, seen from the front. */
function person(x: number, baseY: number, size: number, fill: string): string {
  const head = size * 0.2
  const shoulders = size * 0.42
  const top = baseY - size
  return (
    `<circle cx="${n(x)}" cy="${n(top + head)}" r="${n(head)}" fill="${fill}"/>` +
    `<path d="M${n(x - shoulders)} ${n(baseY)}Q${n(x - shoulders)} ${n(top + head * 2.4)} ${n(x)} ${n(top + head * 2.3)}` +
    `Q${n(x + shoulders)} ${n(top + head * 2.4)} ${n(x + shoulders)} ${n(baseY)}Z" fill="${fill}"/>`
  )
}

function skyline(w: number, h: number, horizon: number, p: Palette, r: Rng): string {
  const layers: string[] = []
  for (const [shade, opacity, scale] of [
    [p[4], 0.55, 0.75],
    [p[3], 0.92, 1],
  ] as const) {
    let d = `M0 ${n(horizon)}`
    let x = 0
    while (x < w) {
      const bw = r.range(w * 0.04, w * 0.11)
      const bh = r.range(h * 0.06, h * 0.3) * scale
      d += `V${n(horizon - bh)}H${n(Math.min(w, x + bw))}`
      x += bw
    }
    d += `V${n(horizon)}Z`
    layers.push(`<path d="${d}" fill="${shade}" opacity="${opacity}"/>`)
  }
  const cx = r.range(w * 0.3, w * 0.7)
  const dome = r.range(w * 0.04, w * 0.07)
  layers.push(
    `<rect x="${n(cx - dome * 1.3)}" y="${n(horizon - h * 0.22)}" width="${n(dome * 2.6)}" height="${n(h * 0.22)}" fill="${p[3]}"/>` +
      `<circle cx="${n(cx)}" cy="${n(horizon - h * 0.22)}" r="${n(dome)}" fill="${p[3]}"/>` +
      `<rect x="${n(cx - 2)}" y="${n(horizon - h * 0.22 - dome * 1.9)}" width="4" height="${n(dome)}" fill="${p[3]}"/>`,
  )
  return layers.join('')
}

function flag(x: number, top: number, fw: number, fh: number, colors: [string, string]): string {
  const wave = fh * 0.18
  const half = (y: number, hh: number, fill: string) =>
    `<path d="M${n(x)} ${n(y)}q${n(fw / 2)} ${n(-wave)} ${n(fw)} 0v${n(hh)}q${n(-fw / 2)} ${n(-wave)} ${n(-fw)} 0Z" fill="${fill}"/>`
  return half(top, fh / 2, colors[0]) + half(top + fh / 2, fh / 2, colors[1])
}

function flags(w: number, h: number, horizon: number, p: Palette, r: Rng): string {
  const count = r.int(3, 5)
  const poleH = h * r.range(0.5, 0.62)
  const gap = w / (count + 1)
  const colors = [p[5], p[6], p[4], p[0]]
  let out = ''
  for (let i = 1; i <= count; i++) {
    const x = gap * i + r.range(-gap * 0.1, gap * 0.1)
    const top = horizon - poleH
    out += `<rect x="${n(x - 3)}" y="${n(top)}" width="6" height="${n(poleH + h * 0.05)}" fill="${p[3]}"/>`
    out += flag(x + 3, top + 6, gap * 0.62, Math.min(poleH * 0.3, gap * 0.45), [r.pick(colors), r.pick(colors)])
  }
  return out
}

function podium(w: number, h: number, horizon: number, p: Palette, r: Rng): string {
  const cx = w * r.range(0.42, 0.58)
  const panelW = w * 0.62
  const stand = Math.min(w, h) * 0.32
  let out = `<rect x="${n(cx - panelW / 2)}" y="${n(horizon - h * 0.5)}" width="${n(panelW)}" height="${n(h * 0.5)}" fill="${p[4]}" opacity=".45"/>`
  out += flag(cx - panelW / 2 + 14, horizon - h * 0.46, panelW * 0.12, h * 0.16, [p[5], p[6]])
  out += flag(cx + panelW / 2 - panelW * 0.12 - 14, horizon - h * 0.46, panelW * 0.12, h * 0.16, [p[6], p[5]])
  out += person(cx, horizon - stand * 0.35, stand, p[3])
  out += `<path d="M${n(cx - stand * 0.34)} ${n(horizon - stand * 0.62)}h${n(stand * 0.68)}l${n(-stand * 0.08)} ${n(stand * 0.62 + h * 0.08)}h${n(-stand * 0.52)}Z" fill="${p[4]}"/>`
  out += `<ellipse cx="${n(cx)}" cy="${n(horizon - stand * 0.42)}" rx="${n(stand * 0.1)}" ry="${n(stand * 0.04)}" fill="${p[5]}"/>`
  return out
}

function table(w: number, h: number, horizon: number, p: Palette, r: Rng): string {
  const count = r.int(3, 6)
  const size = Math.min(h * 0.38, (w / count) * 0.9)
  const tableTop = horizon + h * 0.02
  let out = ''
  for (let i = 0; i < count; i++) {
    const x = (w / (count + 1)) * (i + 1)
    out += person(x, tableTop + size * 0.15, size * r.range(0.9, 1.05), i % 2 ? p[3] : p[4])
    // a name card and a microphone in front of each seat
    out += `<rect x="${n(x - size * 0.14)}" y="${n(tableTop - size * 0.1)}" width="${n(size * 0.28)}" height="${n(size * 0.1)}" fill="${p[6]}"/>`
    out += `<path d="M${n(x + size * 0.22)} ${n(tableTop)}l${n(size * 0.08)} ${n(-size * 0.22)}" stroke="${p[3]}" stroke-width="3"/>`
  }
  out += `<rect x="${n(w * 0.05)}" y="${n(tableTop)}" width="${n(w * 0.9)}" height="${n(h * 0.05)}" fill="${p[6]}" opacity=".9"/>`
  out += `<rect x="${n(w * 0.05)}" y="${n(tableTop + h * 0.05)}" width="${n(w * 0.9)}" height="${n(h * 0.2)}" fill="${p[3]}" opacity=".85"/>`
  return out
}

function map(w: number, h: number, _horizon: number, p: Palette, r: Rng): string {
  const cx = w * r.range(0.4, 0.6)
  const cy = h * r.range(0.45, 0.55)
  const radius = Math.min(w, h) * 0.36
  const steps = 14
  let d = ''
  for (let i = 0; i < steps; i++) {
    const angle = (i / steps) * Math.PI * 2
    const reach = radius * r.range(0.7, 1.15)
    d += `${i ? 'L' : 'M'}${n(cx + Math.cos(angle) * reach * (w > h ? 1.35 : 1))} ${n(cy + Math.sin(angle) * reach)}`
  }
  let out = `<path d="${d}Z" fill="${p[2]}" stroke="${p[6]}" stroke-width="3" stroke-linejoin="round" opacity=".9"/>`
  out += `<path d="M${n(cx - radius * 0.4)} ${n(cy - radius)}Q${n(cx + radius * r.range(-0.3, 0.3))} ${n(cy)} ${n(cx + radius * 0.2)} ${n(cy + radius)}" fill="none" stroke="${p[5]}" stroke-width="5" stroke-dasharray="14 10"/>`
  for (let i = 0; i < 4; i++) {
    out += `<circle cx="${n(cx + r.range(-radius, radius))}" cy="${n(cy + r.range(-radius, radius) * 0.7)}" r="${n(r.range(5, 9))}" fill="${p[6]}"/>`
  }
  return out
}

const SCENES = [skyline, flags, podium, table, map] as const

function render({ src, width: w, height: h }: PhotoEntry): string {
  const r = prng(hash(src))
  const p = r.pick(PALETTES)
  const scene = r.pick(SCENES)
  const horizon = h * r.range(0.62, 0.74)
  const sun = `<circle cx="${n(w * r.range(0.12, 0.88))}" cy="${n(h * r.range(0.12, 0.3))}" r="${n(Math.min(w, h) * r.range(0.05, 0.1))}" fill="${p[6]}" opacity=".35"/>`
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[0]}"/><stop offset="1" stop-color="${p[1]}"/></linearGradient>` +
    `<radialGradient id="v" r=".75"><stop offset=".6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".35"/></radialGradient></defs>` +
    `<rect width="${w}" height="${h}" fill="url(#s)"/>${sun}` +
    (scene === map ? '' : `<rect y="${n(horizon)}" width="${w}" height="${n(h - horizon)}" fill="${p[2]}"/>`) +
    scene(w, h, horizon, p, r) +
    `<rect width="${w}" height="${h}" fill="url(#v)"/></svg>\n`
  )
}

const photos = collectPhotos()
mkdirSync(imagesDir, { recursive: true })
let written = 0
for (const [name, photo] of photos) {
  const path = join(imagesDir, name)
  const svg = render(photo)
  let current = ''
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    // not generated yet
  }
  if (current !== svg) {
    writeFileSync(path, svg)
    written++
  }
}
let removed = 0
for (const name of readdirSync(imagesDir)) {
  if (name.endsWith('.svg') && !photos.has(name)) {
    unlinkSync(join(imagesDir, name))
    removed++
  }
}
console.log(`photos: ${photos.size} referenced, ${written} written, ${removed} removed`)
