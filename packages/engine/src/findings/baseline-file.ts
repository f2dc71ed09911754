import { compareCodeUnits } from '@fordela/parser'

/** The baseline file's name at the workspace root. */
export const defaultBaselineName = 'fordela-baseline.json'

/** One finding the baseline accepts; `file` and `rule` are there for reviewers. */
export interface BaselineEntry {
  readonly file: string
  readonly rule: string
  readonly fingerprint: string
}

/** Why a baseline file was refused: not JSON, not the baseline's shape, or an entry without its three texts. */
export type BaselineProblem = 'not-json' | 'wrong-shape' | 'entry-shape'

/** A parsed baseline file, or why it could not be read. */
export type ParsedBaseline =
  | { readonly ok: true; readonly entries: readonly BaselineEntry[] }
  | { readonly ok: false; readonly problem: BaselineProblem }

/**
 * The baseline as JSON that is byte-stable for the same findings: entries
 * sorted by file, rule and fingerprint, two-space indent, final newline, so
 * its diff in a pull request shows exactly which findings came or went.
 */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const sorted = [...entries].sort(
    (a, b) =>
      compareCodeUnits(a.file, b.file) ||
      compareCodeUnits(a.rule, b.rule) ||
      compareCodeUnits(a.fingerprint, b.fingerprint),
  )
  const document = {
    formatVersion: 1,
    description: 'Findings fordela lint does not report. Write with `fordela lint --baseline-write`.',
    findings: sorted.map(({ file, rule, fingerprint }) => ({ file, rule, fingerprint })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/**
 * Reads a baseline file's text; anything but the shape {@link serializeBaseline}
 * writes is refused with the kind of problem, which the presentation says in
 * fordela's own words, never with the JSON parser's message: that quotes the
 * file, and a baseline that is a link to a secret must not print it.
 */
export function parseBaseline(text: string): ParsedBaseline {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'not-json' }
  }
  if (!isRecord(document) || document['formatVersion'] !== 1 || !Array.isArray(document['findings'])) {
    return { ok: false, problem: 'wrong-shape' }
  }
  const entries: BaselineEntry[] = []
  for (const item of document['findings'] as unknown[]) {
    if (
      !isRecord(item) ||
      typeof item['file'] !== 'string' ||
      typeof item['rule'] !== 'string' ||
      typeof item['fingerprint'] !== 'string'
    ) {
      return { ok: false, problem: 'entry-shape' }
    }
    entries.push({ file: item['file'], rule: item['rule'], fingerprint: item['fingerprint'] })
  }
  return { ok: true, entries }
}

/** Whether a JSON value is a plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
