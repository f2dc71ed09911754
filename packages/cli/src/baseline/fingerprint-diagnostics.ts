import { createHash } from 'node:crypto'
import type { Region } from '../report/lint-report.js'

/** What a fingerprint is made of: a finding's rule, file and where it starts. */
export interface FingerprintInput {
  readonly code: string
  readonly file: string
  readonly region: Region
}

/**
 * A stable identity for each finding, for the baseline and SARIF
 * `partialFingerprints`: a hash of the rule id, the file, the trimmed text of
 * the line the finding starts on, and how many earlier findings of that
 * rule, file and line text come first. Line numbers are left out, so
 * inserting or deleting lines elsewhere keeps every fingerprint; editing the
 * offending line makes a new one, as it should. Only the first line of a
 * span is used because many spans cover a whole mapping or document, and an
 * edit anywhere inside would otherwise resurface a baselined finding.
 *
 * `findings` must be in report order (file, then position), which makes the
 * occurrence counter deterministic.
 */
export function fingerprintDiagnostics(
  findings: readonly FingerprintInput[],
  texts: ReadonlyMap<string, string>,
): string[] {
  const linesByFile = new Map<string, readonly string[]>()
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    let lines = linesByFile.get(finding.file)
    if (!lines) {
      lines = (texts.get(finding.file) ?? '').split(/\r\n|\r|\n/)
      linesByFile.set(finding.file, lines)
    }
    const lineText = (lines[finding.region.start.line - 1] ?? '').trim()
    const key = JSON.stringify([finding.code, finding.file, lineText])
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32)
  })
}
