import type { FileResult, LintReport, ReportedDiagnostic } from './lint-report.js'

/** The parts a report is built from. */
export interface ReportParts {
  readonly root: string
  /** Every linted file, sorted. */
  readonly files: readonly string[]
  /** The findings to show, in report order. */
  readonly findings: readonly ReportedDiagnostic[]
  readonly suppressedCount: number
  readonly baselinedCount: number
}

/** Groups the findings by file (every linted file gets a result) and counts them by severity. */
export function buildLintReport(parts: ReportParts): LintReport {
  const byFile = new Map<string, ReportedDiagnostic[]>(parts.files.map((file) => [file, []]))
  for (const finding of parts.findings) {
    const list = byFile.get(finding.file)
    if (list) list.push(finding)
    else byFile.set(finding.file, [finding])
  }
  const results: FileResult[] = [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, diagnostics]) => ({ file, diagnostics, ...countSeverities(diagnostics) }))
  return {
    root: parts.root,
    results,
    ...countSeverities(parts.findings),
    suppressedCount: parts.suppressedCount,
    baselinedCount: parts.baselinedCount,
  }
}

/** How many findings there are of each severity. */
export function countSeverities(findings: readonly ReportedDiagnostic[]): {
  errorCount: number
  warningCount: number
  infoCount: number
} {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const finding of findings) {
    if (finding.severity === 'error') errorCount += 1
    else if (finding.severity === 'warning') warningCount += 1
    else infoCount += 1
  }
  return { errorCount, warningCount, infoCount }
}
