import type { BaselineEntry } from './baseline-file.js'

/** What the baseline hid. */
export interface BaselineOutcome<T> {
  readonly kept: readonly T[]
  readonly baselinedCount: number
}

/**
 * Hides the findings whose fingerprint the baseline lists. A fingerprint
 * already includes its rule, file and occurrence, so a set look-up is exact.
 */
export function applyBaseline<T extends { readonly fingerprint: string }>(
  findings: readonly T[],
  baseline: readonly BaselineEntry[],
): BaselineOutcome<T> {
  const accepted = new Set(baseline.map((entry) => entry.fingerprint))
  const kept = findings.filter((finding) => !accepted.has(finding.fingerprint))
  return { kept, baselinedCount: findings.length - kept.length }
}
