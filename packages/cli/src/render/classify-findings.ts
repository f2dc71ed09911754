import { blocksRender, type DocumentKind } from '@fordela/parser'
import type { ReportedDiagnostic } from '../report/lint-report.js'

/**
 * The errors of a spec and the files it reads, split into those that stop a
 * render and those the rendered document shows, as the rule catalogue says
 * (`blocksRender`). Each error is judged by the kind of the document it is
 * in (`kindOf`), so a cell lacking data in the agreement is shown as the
 * agreement shows it, and an unknown unit in the parties stops the memo
 * whose figures depend on it.
 */
export function classifyErrors<T extends Pick<ReportedDiagnostic, 'code' | 'severity' | 'file'>>(
  findings: readonly T[],
  kindOf: (file: string) => DocumentKind | undefined,
): {
  readonly blocking: readonly T[]
  readonly shown: readonly T[]
} {
  const blocks = (finding: T): boolean => blocksRender(finding.code, kindOf(finding.file))
  const errors = findings.filter((finding) => finding.severity === 'error')
  return { blocking: errors.filter(blocks), shown: errors.filter((finding) => !blocks(finding)) }
}
