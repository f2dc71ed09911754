import { evaluateWorkspace, type AllocationEvaluation, type WorkspaceEvaluation } from '@fordela/engine'
import { createMemoryWorkspaceHost, createParseCache, loadWorkspace, type Diagnostic } from '@fordela/parser'
import { applyRuleSeverities, readStudioConfig, type StudioConfig } from './apply-config-rules.js'

/** The folder the studio's in-memory workspace pretends to live in. */
export const WORKSPACE_ROOT = '/workspace'

/** Parsed files kept between analyses: a keystroke re-parses only the file it changed. */
const parseCache = createParseCache()

/** One evaluation of every open file: what the editor, the findings and the panels show. */
export interface Analysis {
  readonly evaluation: WorkspaceEvaluation
  /** Every finding, in report order. */
  readonly findings: readonly Diagnostic[]
  /** Every finding, grouped by workspace file, in report order. */
  readonly findingsByFile: ReadonlyMap<string, readonly Diagnostic[]>
  /** The evaluated allocation a file holds, if it holds one. */
  allocationIn(file: string): AllocationEvaluation | undefined
}

let configRead: { readonly text: string | undefined; readonly config: StudioConfig } | undefined

/** The config of a text, read again only when the text changed (most keystrokes are elsewhere). */
function readConfigOnce(text: string | undefined): StudioConfig {
  if (!configRead || configRead.text !== text) configRead = { text, config: readStudioConfig(text) }
  return configRead.config
}

/**
 * Loads the files (workspace path → text) through the same loader and
 * engine as `fordela lint`, from memory. The config's rule severities and
 * rounding default are applied; its ignores, limits and the suppression
 * comments are the CLI's alone for now.
 */
export async function analyzeFiles(files: ReadonlyMap<string, string>): Promise<Analysis> {
  const host = createMemoryWorkspaceHost(WORKSPACE_ROOT, Object.fromEntries(files))
  // The rule severities and rounding default of the workspace's fordela.config.yaml, as `fordela lint` uses them.
  const config = readConfigOnce(files.get('fordela.config.yaml'))
  const workspace = await loadWorkspace({ root: WORKSPACE_ROOT, host, defaults: config.defaults, parseCache })
  const evaluation = evaluateWorkspace(workspace)
  const findings = applyRuleSeverities(evaluation.diagnostics, config.severities)
  const findingsByFile = new Map<string, Diagnostic[]>()
  for (const diagnostic of findings) {
    const list = findingsByFile.get(diagnostic.file) ?? []
    list.push(diagnostic)
    findingsByFile.set(diagnostic.file, list)
  }
  return {
    evaluation,
    findings,
    findingsByFile,
    allocationIn(file) {
      const document = workspace.documentByFile(file)
      return document?.kind === 'Allocation' ? evaluation.allocations.get(document) : undefined
    },
  }
}
