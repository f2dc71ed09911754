import {
  applyBaseline,
  createEvaluationCache,
  defaultBaselineName,
  evaluateWorkspace,
  parseBaseline,
  settleFindings,
  type AllocationEvaluation,
  type BaselineProblem,
  type ParsedBaseline,
  type ReportedDiagnostic,
  type WorkspaceEvaluation,
} from '@fordela/engine'
import { createMemoryWorkspaceHost, createParseCache, readWorkspace, type WorkspaceReading } from '@fordela/parser'
import { readStudioConfig, type StudioConfig } from './apply-config-rules.js'

/** The folder the studio's in-memory workspace pretends to live in. */
export const WORKSPACE_ROOT = '/workspace'

/** Parsed files and agreement evaluations kept between analyses: a keystroke re-parses only the file it changed, and an agreement whose files did not change is not evaluated again. */
const parseCache = createParseCache()
const evaluationCache = createEvaluationCache()

/** One evaluation of every open file: what the editor, the findings and the panels show. */
export interface Analysis {
  /** What loading read: the next keystroke in a spec file is assembled from it without reading again. */
  readonly reading: WorkspaceReading
  readonly evaluation: WorkspaceEvaluation
  /** Every finding `fordela lint` reports, in report order: the config's severities, the suppression comments and the baseline applied. */
  readonly findings: readonly ReportedDiagnostic[]
  /** The same findings before the baseline (a draft memo lists these, as `fordela render` does). */
  readonly unbaselined: readonly ReportedDiagnostic[]
  /** Why the workspace's baseline file cannot be used, when it cannot (then nothing is hidden). */
  readonly baselineProblem?: BaselineProblem
  /** The findings, grouped by workspace file, in report order. */
  readonly findingsByFile: ReadonlyMap<string, readonly ReportedDiagnostic[]>
  /** The evaluated allocation a file holds, if it holds one. */
  allocationIn(file: string): AllocationEvaluation | undefined
}

let configRead: { readonly text: string | undefined; readonly config: StudioConfig } | undefined
let baselineRead: { readonly text: string; readonly baseline: ParsedBaseline } | undefined

/** The config of a text, read again only when the text changed (most keystrokes are elsewhere). */
function readConfigOnce(text: string | undefined): StudioConfig {
  if (!configRead || configRead.text !== text) configRead = { text, config: readStudioConfig(text) }
  return configRead.config
}

/** The baseline file's entries, parsed again only when its text changed. */
function readBaselineOnce(text: string): ParsedBaseline {
  if (!baselineRead || baselineRead.text !== text) baselineRead = { text, baseline: parseBaseline(text) }
  return baselineRead.baseline
}

/** The workspace's config file: its rule severities and rounding default apply to every file. */
const CONFIG_FILE = 'fordela.config.yaml'

/**
 * Loads the files (workspace path → text) through the same loader and
 * engine as `fordela lint`, from memory, and reports the findings as it
 * does: the config's rule severities and rounding default, the suppression
 * comments (and their own findings, such as an unused one) and the
 * workspace's baseline file (`fordela-baseline.json`), applied by the same
 * code. The config's ignores and limits are the CLI's alone for now.
 */
export async function analyzeFiles(files: ReadonlyMap<string, string>): Promise<Analysis> {
  const host = createMemoryWorkspaceHost(WORKSPACE_ROOT, Object.fromEntries(files))
  // The rule severities and rounding default of the workspace's fordela.config.yaml, as `fordela lint` uses them.
  const config = readConfigOnce(files.get(CONFIG_FILE))
  const reading = await readWorkspace({ root: WORKSPACE_ROOT, host, defaults: config.defaults, parseCache })
  return settle(reading, files)
}

/**
 * The analysis of `files` after only `file` changed since `previous`, made
 * at once (nothing is read), as {@link analyzeFiles} would make it; undefined
 * when the change needs a full load: a reference to another file, a
 * dataset, the config or the baseline.
 */
export function analyzeEdit(
  previous: Analysis,
  files: ReadonlyMap<string, string>,
  file: string,
): Analysis | undefined {
  const text = files.get(file)
  if (text === undefined || file === CONFIG_FILE || file === defaultBaselineName) return undefined
  const reading = previous.reading.withText(file, text)
  return reading ? settle(reading, files) : undefined
}

/** Evaluates what was read and settles the findings as `fordela lint` reports them. */
function settle(reading: WorkspaceReading, files: ReadonlyMap<string, string>): Analysis {
  const config = readConfigOnce(files.get(CONFIG_FILE))
  const workspace = reading.workspace
  const evaluation = evaluateWorkspace(workspace, { cache: evaluationCache })
  const settled = settleFindings({
    diagnostics: evaluation.diagnostics,
    documentFiles: workspace.documents.map((document) => document.file),
    texts: workspace.texts,
    severities: config.severities,
  })
  const baselineText = files.get(defaultBaselineName)
  const baseline = baselineText === undefined ? undefined : readBaselineOnce(baselineText)
  const findings = baseline?.ok ? applyBaseline(settled.findings, baseline.entries).kept : settled.findings
  const findingsByFile = new Map<string, ReportedDiagnostic[]>()
  for (const diagnostic of findings) {
    const list = findingsByFile.get(diagnostic.file) ?? []
    list.push(diagnostic)
    findingsByFile.set(diagnostic.file, list)
  }
  return {
    reading,
    evaluation,
    findings,
    unbaselined: settled.findings,
    ...(baseline && !baseline.ok ? { baselineProblem: baseline.problem } : {}),
    findingsByFile,
    allocationIn(file) {
      const document = workspace.documentByFile(file)
      return document?.kind === 'Allocation' ? evaluation.allocations.get(document) : undefined
    },
  }
}
