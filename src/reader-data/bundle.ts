// One file holding every kind's document: what the Data page exports and
// imports. Apart from createReaderData so that only that page loads it.
import * as z from 'zod/mini'
import type { StoredKind } from './kind-store'

const Bundle = z.object({
  format: z.literal('warta.reader-data.export'),
  version: z.literal(1),
  kinds: z.array(z.unknown()),
})

const Named = z.object({ kind: z.string() })

export type BundleImport =
  { ok: true; imported: string[]; failed: string[] } | { ok: false; reason: 'notJson' | 'foreign' }

/** Every kind's stored document in one JSON file. */
export function exportBundle(kinds: readonly StoredKind[], now: Date): string {
  const bundle = {
    format: 'warta.reader-data.export',
    version: 1,
    exportedAt: now.toISOString(),
    kinds: kinds.map((kind) => kind.exportDocument()),
  }
  return JSON.stringify(bundle, null, 2)
}

/**
 * Joins a file to what is stored: an export of every kind, or one kind's document (a bookmark export file of any
 * version). `failed`: kinds whose part could not be read or stored.
 */
export async function importBundle(kinds: readonly StoredKind[], text: string): Promise<BundleImport> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'notJson' }
  }
  const bundle = Bundle.safeParse(value)
  const imported: string[] = []
  const failed: string[] = []
  for (const document of bundle.success ? bundle.data.kinds : [value]) {
    const named = Named.safeParse(document)
    const kind = named.success ? kinds.find((each) => each.name === named.data.kind) : undefined
    // A file of one kind without its name (a bookmark export before the reader-data format): the kind that reads it.
    const candidates = kind ? [kind] : bundle.success ? [] : kinds
    let accepted: string | null = null
    for (const candidate of candidates) {
      if (await candidate.importDocument(document)) {
        accepted = candidate.name
        break
      }
    }
    if (accepted) imported.push(accepted)
    else if (kind) failed.push(kind.name)
  }
  return imported.length === 0 && failed.length === 0
    ? { ok: false, reason: 'foreign' }
    : { ok: true, imported, failed }
}
