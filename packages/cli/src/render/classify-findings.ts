import type { DocumentKind } from '@fordela/parser'
import type { ReportedDiagnostic } from '../report/lint-report.js'

/**
 * Errors the rendered document shows its reader rather than hides, so they
 * do not stop `fordela render` (lint still reports them as errors):
 * - claims in the prose (a `says "drygt …"` text, a ratio) that the numbers
 *   do not bear out: the memo prints the text as written and every figure is
 *   still computed;
 * - in an agreement, a measure a column's dataset lacks: the distribution
 *   table says plainly that the cell cannot be computed, and invents nothing.
 */
const shownByKind: Readonly<Record<DocumentKind, ReadonlySet<string>>> = (() => {
  const claims = ['prose/claim-not-supported', 'prose/ratio-not-supported', 'prose/unparsable-claim']
  const none = new Set<string>()
  return {
    Allocation: new Set(claims),
    Agreement: new Set(['data/missing-measure']),
    ActionPlan: none,
    Parties: none,
    Dataset: none,
    Strategy: none,
  }
})()

/**
 * The errors of a spec and the files it reads, split into those that stop a
 * render and those the rendered document shows. Each error is judged by the
 * kind of the document it is in (`kindOf`), so a cell lacking data in the
 * agreement is shown as the agreement shows it, and an unknown unit in the
 * parties stops the memo whose figures depend on it.
 */
export function classifyErrors<T extends Pick<ReportedDiagnostic, 'code' | 'severity' | 'file'>>(
  findings: readonly T[],
  kindOf: (file: string) => DocumentKind | undefined,
): {
  readonly blocking: readonly T[]
  readonly shown: readonly T[]
} {
  const isShown = (finding: T): boolean => {
    const kind = kindOf(finding.file)
    return kind !== undefined && shownByKind[kind].has(finding.code)
  }
  const errors = findings.filter((finding) => finding.severity === 'error')
  return { blocking: errors.filter((finding) => !isShown(finding)), shown: errors.filter(isShown) }
}
