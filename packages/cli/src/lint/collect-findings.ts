import { evaluateWorkspace } from '@fordela/engine'
import { compareCodeUnits, compareDiagnostics, loadWorkspace, type Diagnostic, type Workspace } from '@fordela/parser'
import { fingerprintDiagnostics } from '../baseline/fingerprint-diagnostics.js'
import { createLocator, type Locator } from '../report/create-locator.js'
import type { ReportedDiagnostic } from '../report/lint-report.js'
import { applySuppressions, type LocatedDiagnostic } from '../suppressions/apply-suppressions.js'
import { findSuppressions } from '../suppressions/find-suppressions.js'
import { applyRuleSeverities } from './apply-rule-severities.js'
import type { LintSetup } from './resolve-lint-setup.js'
import { workspaceOptionsOf } from './workspace-options.js'

/** Every finding of a run before the baseline, with the files and texts they concern. */
export interface CollectedFindings {
  /** In report order: file, then position, then rule. */
  readonly findings: readonly ReportedDiagnostic[]
  /** Every linted file, sorted. */
  readonly files: readonly string[]
  readonly texts: ReadonlyMap<string, string>
  readonly suppressedCount: number
}

/**
 * Loads and evaluates the workspace, applies the config's severities and
 * the suppression comments (whose own problems join the findings), and
 * gives every finding its line, column and fingerprint.
 */
export async function collectFindings(setup: LintSetup): Promise<CollectedFindings> {
  const workspace = await loadLintedWorkspace(setup)
  return reportFindings(setup, workspace, evaluateWorkspace(workspace, { keepAllocations: false }).diagnostics)
}

/** Loads the workspace a setup lints: the whole of it, or the files it names and what they lead to. */
export function loadLintedWorkspace(setup: LintSetup): Promise<Workspace> {
  return loadWorkspace({ ...workspaceOptionsOf(setup), ...(setup.paths ? { paths: setup.paths } : {}) })
}

/**
 * The findings of an evaluated workspace as lint reports them: the config's
 * severities and the suppression comments applied, each with its line,
 * column and fingerprint. For a command that evaluates once for its own
 * output and its findings (render).
 */
export function reportFindings(setup: LintSetup, workspace: Workspace, diagnostics: readonly Diagnostic[]): CollectedFindings {
  const files = listLintedFiles(workspace.documents.map((document) => document.file), workspace.texts, diagnostics)
  const locate = createLocator(workspace.texts)
  const rules = setup.config.rules
  const located = applyRuleSeverities(diagnostics, rules).map((diagnostic) => locateDiagnostic(diagnostic, locate))
  const suppressions = files.flatMap((file) => findSuppressions(file, workspace.texts.get(file) ?? ''))
  const outcome = applySuppressions(located, suppressions)
  const problems = applyRuleSeverities(outcome.problems, rules).map((diagnostic) => locateDiagnostic(diagnostic, locate))
  const ordered = [...outcome.kept, ...problems].sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic))
  const fingerprints = fingerprintDiagnostics(
    ordered.map(({ diagnostic, region }) => ({ code: diagnostic.code, file: diagnostic.file, region })),
    workspace.texts,
  )
  const findings = ordered.map(({ diagnostic, region }, index) => ({
    ...diagnostic,
    region,
    related: (diagnostic.related ?? []).map((related) => ({ ...related, region: locate(related.file, related.span) })),
    fingerprint: fingerprints[index] ?? '',
  }))
  return { findings, files, texts: workspace.texts, suppressedCount: outcome.suppressedCount }
}

/** The files a run reports on: every document in scope, its CSV data and every file a finding names. */
function listLintedFiles(
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
