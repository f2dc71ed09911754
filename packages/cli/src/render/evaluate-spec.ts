import { applyBaseline, evaluateWorkspace, type WorkspaceEvaluation } from '@fordela/engine'
import type { SpecDocument, Workspace } from '@fordela/parser'
import { loadLintedWorkspace, reportFindings } from '../lint/collect-findings.js'
import { readBaseline } from '../lint/read-baseline.js'
import type { ReportedDiagnostic } from '../report/lint-report.js'
import type { LocatedSpec } from './locate-spec.js'

/** A spec file evaluated in its workspace, with what `fordela lint` finds in it. */
export interface EvaluatedSpec {
  readonly spec: LocatedSpec
  readonly workspace: Workspace
  readonly evaluation: WorkspaceEvaluation
  /** The spec's document; undefined when the file holds none fordela can read. */
  readonly document?: SpecDocument
  /**
   * The findings `fordela lint` reports in the spec's file and in every file
   * it reads (its parties, agreement, datasets): config severities,
   * suppressions and baseline applied.
   */
  readonly findings: readonly ReportedDiagnostic[]
  /**
   * The same findings before the baseline is applied. The baseline accepts
   * known findings for CI, but the document is no truer for it: a draft
   * lists every error that is not suppressed with a reason.
   */
  readonly unbaselined: readonly ReportedDiagnostic[]
}

/**
 * Loads the spec and the documents it refers to, evaluates them, and
 * collects the findings in them exactly as `fordela lint` would report them:
 * a memo depends on every file it reads.
 */
export async function evaluateSpec(spec: LocatedSpec, cwd: string): Promise<EvaluatedSpec> {
  const { setup } = spec
  // The setup lints this one file, so one load and one evaluation serve both the memo and its findings.
  const workspace = await loadLintedWorkspace(setup)
  const evaluation = evaluateWorkspace(workspace)
  const collected = reportFindings(setup, workspace, evaluation.diagnostics)
  const baseline =
    setup.baselineFile === undefined ? [] : await readBaseline(setup.baselineFile, setup.root, cwd, setup.lang)
  const findings = applyBaseline(collected.findings, baseline).kept
  const document = workspace.documentByFile(spec.file)
  return { spec, workspace, evaluation, ...(document ? { document } : {}), findings, unbaselined: collected.findings }
}
