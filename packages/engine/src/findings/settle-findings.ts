import { compareCodeUnits, compareDiagnostics, type Diagnostic } from '@fordela/parser'
import { applyRuleSeverities } from './apply-rule-severities.js'
import { applySuppressions, type LocatedDiagnostic } from './apply-suppressions.js'
import { createLocator, type Locator } from './create-locator.js'
import { findSuppressions } from './find-suppressions.js'
import { fingerprintDiagnostics } from './fingerprint-diagnostics.js'
import type { ConfiguredSeverity, ReportedDiagnostic } from './reported-finding.js'

/** What a workspace's findings are settled from. */
export interface SettleFindingsInput {
  /** The parser's and engine's findings. */
  readonly diagnostics: readonly Diagnostic[]
  /** The files of the documents in scope. */
  readonly documentFiles: readonly string[]
  /** Workspace path → text of every file read. */
  readonly texts: ReadonlyMap<string, string>
  /** The config's severity per rule id. */
  readonly severities: ReadonlyMap<string, ConfiguredSeverity>
}

/** The findings as `fordela lint` reports them, before any baseline. */
export interface SettledFindings {
  /** In report order: file, then position, then rule. */
  readonly findings: readonly ReportedDiagnostic[]
  /** Every file reported on, sorted: the documents, their CSV data and every file a finding names. */
  readonly files: readonly string[]
  /** How many findings a suppression comment silenced. */
  readonly suppressedCount: number
}

/**
 * The findings of an evaluated workspace as lint reports them: the config's
 * severities and the suppression comments applied (the comments' own
 * problems join the findings, with the config's severities too), each with
 * its line, column and fingerprint. The CLI and the studio both report
 * through this, so they never disagree on what is a finding.
 */
export function settleFindings(input: SettleFindingsInput): SettledFindings {
  const { diagnostics, texts, severities } = input
  const files = listReportedFiles(input.documentFiles, texts, diagnostics)
  const locate = createLocator(texts)
  const located = applyRuleSeverities(diagnostics, severities).map((diagnostic) => locateDiagnostic(diagnostic, locate))
  const suppressions = files.flatMap((file) => findSuppressions(file, texts.get(file) ?? ''))
  const outcome = applySuppressions(located, suppressions)
  const problems = applyRuleSeverities(outcome.problems, severities).map((diagnostic) =>
    locateDiagnostic(diagnostic, locate),
  )
  const ordered = [...outcome.kept, ...problems].sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic))
  const fingerprints = fingerprintDiagnostics(
    ordered.map(({ diagnostic, region }) => ({ code: diagnostic.code, file: diagnostic.file, region })),
    texts,
  )
  const findings = ordered.map(({ diagnostic, region }, index) => ({
    ...diagnostic,
    region,
    related: (diagnostic.related ?? []).map((related) => ({ ...related, region: locate(related.file, related.span) })),
    fingerprint: fingerprints[index] ?? '',
  }))
  return { findings, files, suppressedCount: outcome.suppressedCount }
}

/** The files a run reports on: every document in scope, its CSV data and every file a finding names. */
function listReportedFiles(
  documentFiles: readonly string[],
  texts: ReadonlyMap<string, string>,
  diagnostics: readonly Diagnostic[],
): string[] {
  const files = new Set(documentFiles)
  for (const file of texts.keys()) if (!/\.ya?ml$/i.test(file)) files.add(file)
  for (const diagnostic of diagnostics) files.add(diagnostic.file)
  return [...files].sort(compareCodeUnits)
}

/** A diagnostic with its region. */
function locateDiagnostic(diagnostic: Diagnostic, locate: Locator): LocatedDiagnostic {
  return { diagnostic, region: locate(diagnostic.file, diagnostic.span) }
}
