// Cursors of the mock API: the position a page ended at and the query it
// belongs to, signed together, so a changed query or an edited position is a
// 400 instead of a wrong page.
import { createHmac } from 'node:crypto'

// Not a secret worth keeping: it only makes a hand-edited cursor detectable.
const KEY = 'warta-mock-cursor-v1'
const MAX_CURSOR = 1024

export type CursorError = { code: 'invalid_cursor' | 'foreign_cursor'; message: string }

function mac(position: readonly string[], query: string): string {
  return createHmac('sha256', KEY)
    .update(JSON.stringify([position, query]))
    .digest('base64url')
    .slice(0, 22)
}

/** A cursor for `position` (strings: a time or score, a slug) within the query `query` (any stable text). */
export function signCursor(position: readonly string[], query: string): string {
  const payload = { p: position, q: mac([], query), m: mac(position, query) }
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')
}

export function openCursor(
  cursor: string,
  query: string,
): { ok: true; position: string[] } | { ok: false; error: CursorError } {
  const malformed = {
    ok: false as const,
    error: {
      code: 'invalid_cursor' as const,
      message: `cursor is malformed; got '${cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor}'`,
    },
  }
  if (cursor.length === 0 || cursor.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(cursor)) return malformed
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return malformed
  }
  if (typeof parsed !== 'object' || parsed === null) return malformed
  const { p, q, m } = parsed as Record<string, unknown>
  if (
    !Array.isArray(p) ||
    !p.every((part) => typeof part === 'string') ||
    typeof q !== 'string' ||
    typeof m !== 'string'
  )
    return malformed
  if (q !== mac([], query)) {
    return {
      ok: false,
      error: {
        code: 'foreign_cursor',
        message: 'cursor belongs to a different query (entities, match, q or sort changed); start again without it',
      },
    }
  }
  if (m !== mac(p as string[], query)) {
    return {
      ok: false,
      error: { code: 'invalid_cursor', message: 'cursor was changed: its position does not match its signature' },
    }
  }
  return { ok: true, position: p as string[] }
}
