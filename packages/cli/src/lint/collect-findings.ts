import { evaluateWorkspace, settleFindings } from '@fordela/engine'
import { loadWorkspace, type Diagnostic, type Workspace } from '@fordela/parser'
import type { ReportedDiagnostic } from '../report/lint-report.js'
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
export function reportFindings(
  setup: LintSetup,
  workspace: Workspace,
  diagnostics: readonly Diagnostic[],
): CollectedFindings {
  const settled = settleFindings({
    diagnostics,
    documentFiles: workspace.documents.map((document) => document.file),
    texts: workspace.texts,
    severities: setup.config.rules,
  })
  return { ...settled, texts: workspace.texts }
}
