import { type Language, showControlCharacters } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'

/** How long one request may take before it counts as failed. */
const REQUEST_TIMEOUT_MS = 60_000
/** The longest wait a `Retry-After` header may ask for. */
const MAX_RETRY_AFTER_MS = 60_000
/** Statuses after which asking again may help: too many requests, and the server's own troubles. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504])

/** One POST to make, and how patiently. */
export interface FetchRequest {
  readonly url: string
  readonly body: unknown
  readonly retries: number
  /** The wait before the first retry; each later wait is twice the one before. */
  readonly retryDelayMs: number
  /** The most bytes the answer may have. */
  readonly maxBytes: number
  readonly progress: (line: string) => void
  readonly lang: Language
}

/** The answer's bytes, or why there is none: the server could not be reached, or it refused. */
export type FetchOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'unreachable' | 'refused'; readonly detail: string }

/**
 * POSTs JSON and reads the answer, politely: a network failure, a timeout or a
 * 429/5xx status is retried after a growing wait (or the server's
 * `Retry-After`, at most a minute); any other status is final. Progress goes to
 * `progress`, one line per attempt.
 */
export async function fetchWithRetries(request: FetchRequest): Promise<FetchOutcome> {
  const lang = request.lang
  const words = messages.cliData
  let last: FetchOutcome = { ok: false, reason: 'unreachable', detail: '' }
  for (let attempt = 0; attempt <= request.retries; attempt += 1) {
    request.progress(
      say(lang, words.attempt, { attempt: attempt + 1, attempts: request.retries + 1, url: request.url }),
    )
    let wait = request.retryDelayMs * 2 ** attempt
    try {
      const response = await fetch(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(request.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      if (response.ok) {
        const bytes = await readLimited(response, request.maxBytes)
        if (!bytes)
          return { ok: false, reason: 'refused', detail: say(lang, words.answerTooLarge, { max: request.maxBytes }) }
        request.progress(say(lang, words.received, { bytes: bytes.length }))
        return { ok: true, bytes }
      }
      const detail = `HTTP ${response.status}${await readProblem(response)}`
      last = { ok: false, reason: 'refused', detail }
      if (!RETRYABLE_STATUSES.has(response.status)) return last
      const retryAfter = Number(response.headers.get('retry-after'))
      if (Number.isFinite(retryAfter) && retryAfter > 0)
        wait = Math.max(wait, Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS))
    } catch (error) {
      last = { ok: false, reason: 'unreachable', detail: describeNetworkError(error) }
    }
    if (attempt < request.retries) {
      request.progress(say(lang, words.retrying, { detail: last.ok ? '' : last.detail, wait: formatWait(wait, lang) }))
      await new Promise((done) => setTimeout(done, wait))
    }
  }
  return last
}

/** The body, or undefined once it grows past `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return undefined
  if (!response.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

/** `: <title/detail>` from an RFC 7807 problem answer, as PxWeb v2 gives one, shortened and safe to print. */
async function readProblem(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as { title?: unknown; detail?: unknown }
    const text = [problem.title, problem.detail].filter((part) => typeof part === 'string').join(': ')
    return text === '' ? '' : `: ${showControlCharacters(text.slice(0, 300))}`
  } catch {
    return ''
  }
}

/** `ECONNREFUSED`, `ENOTFOUND`, `timeout` … rather than fetch's bare "fetch failed". */
function describeNetworkError(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout'
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause
  if (typeof cause?.code === 'string') return cause.code
  return error instanceof Error ? showControlCharacters(error.message) : 'unknown'
}

/** `10 ms`, `2 s`, `1,5 s` (a decimal point in English). */
function formatWait(ms: number, lang: Language): string {
  if (ms < 1000) return `${ms} ms`
  return say(lang, messages.cliData.seconds, { seconds: Math.round(ms / 100) / 10 })
}
