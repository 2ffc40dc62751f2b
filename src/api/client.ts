// The API boundary: build the URL, fetch with a time limit, check the status,
// parse with the contract's schema, and nothing else. Any failure becomes an
// ApiError the UI can explain; a bad payload is a query error, not a crash.
import type { ZodMiniType } from 'zod/mini'
import { ApiErrorBody } from './schemas'

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  /** The API's error code (`no_search_words`, …): what a page may explain as a hint. */
  readonly code: string | undefined

  constructor(kind: ApiErrorKind, message: string, options: { status?: number; code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status
    this.code = options.code
  }

  get isNotFound(): boolean {
    return this.status === 404
  }
}

const REQUEST_TIMEOUT_MS = 12_000

/** Where the API lives: VITE_API_BASE_URL (default `/api`), relative to this page. */
export function apiUrl(path: string, params?: URLSearchParams): URL {
  const base = (import.meta.env.VITE_API_BASE_URL ?? '/api').replace(/\/+$/, '')
  const url = new URL(`${base}${path}`, globalThis.location?.origin ?? 'http://localhost')
  if (params) url.search = params.toString()
  return url
}

/** The body, within the same time limit as the headers, whichever fetch (the browser's, a mock's) delivered them. */
async function readJson(response: Response, signal: AbortSignal): Promise<unknown> {
  signal.throwIfAborted()
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([response.json(), aborted])
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort)
  }
}

export async function getJson<T>(url: URL, schema: ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw new ApiError('timeout', 'The server took too long to answer.', { cause: error })
    throw new ApiError('network', 'The server could not be reached.', { cause: error })
  }
  let body: unknown
  try {
    body = await readJson(response, combined)
  } catch (error) {
    if (signal?.aborted) throw error
    // Headers came in time, the body did not: a timeout like any other, not bad data.
    if (timeout.aborted) throw new ApiError('timeout', 'The server took too long to answer.', { cause: error })
    throw new ApiError(response.ok ? 'invalid' : 'http', `Unreadable response (${response.status}).`, {
      status: response.status,
      cause: error,
    })
  }
  if (!response.ok) {
    const parsed = ApiErrorBody.safeParse(body)
    throw new ApiError('http', parsed.success ? parsed.data.error.message : `HTTP ${response.status}`, {
      status: response.status,
      code: parsed.success ? parsed.data.error.code : undefined,
    })
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new ApiError('invalid', `The response did not match the contract${where}: ${issue?.message ?? 'invalid'}.`, {
      status: response.status,
      cause: parsed.error,
    })
  }
  return parsed.data
}

/**
 * Retry what may pass on a second try (a dropped connection, a 5xx), never a
 * 4xx or a bad payload; nor a timeout: the reader has waited long enough and
 * decides with the retry button.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (
    error instanceof ApiError &&
    (error.kind === 'invalid' || error.kind === 'timeout' || (error.status !== undefined && error.status < 500))
  )
    return false
  return failureCount < 2
}

/**
 * For a query its page's loader asks for on every visit: the error the loader got (a 404) is the answer the page
 * shows, not one to ask for again as the page mounts, which sent every 404 twice. The loader of the next visit
 * asks again, and the error's own state offers to try again.
 */
export const ASKED_BY_THE_LOADER = { retryOnMount: false } as const
