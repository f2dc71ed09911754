import { loadWorkspace, type Workspace } from '../../packages/parser/src/index.js'
import { checkDiagnostics } from './check-diagnostics.js'
import type { CountCase } from './fuzz-test.js'
import { createMemoryHost, memoryRoot } from './memory-workspace-host.js'
import { evaluateWorkspace, type WorkspaceEvaluation } from '../../packages/engine/src/index.js'
import type { GeneratedWorkspace } from './arbitrary-allocation-workspace.js'
import { checkNoNegativeAmounts, checkPartsMakeWholes, describeEvaluation } from './check-allocation-invariants.js'
import { writeWorkspaceFiles } from './write-workspace-files.js'

/**
 * One engine case: writes a generated workspace as YAML, loads it through
 * the real loader and evaluates it, then checks what must hold whatever the
 * spec says (it parses, nothing throws, every finding is placed within its
 * file, no amount is negative, a second evaluation says the same) and, when
 * no error was found, that every part adds up to its whole. The renderer's
 * fuzz cases run it too before they render.
 */
export async function evaluateGeneratedWorkspace(
  generated: GeneratedWorkspace,
  count: CountCase,
): Promise<{ workspace: Workspace; evaluation: WorkspaceEvaluation; errorFree: boolean }> {
  const files = writeWorkspaceFiles(generated)
  const workspace = await loadWorkspace({ root: memoryRoot, host: createMemoryHost(files) })
  const evaluation = evaluateWorkspace(workspace)
  checkDiagnostics(evaluation.diagnostics, (file) => workspace.texts.get(file))
  const parseErrors = workspace.diagnostics.filter((d) => d.severity === 'error')
  if (parseErrors.length > 0) {
    const found = parseErrors.map((d) => `${d.file} ${d.code} ${d.message.en}`).join('; ')
    throw new Error(`a generated spec does not parse: ${found}\n${files['fordelning.yaml']}`)
  }
  const [allocation] = [...evaluation.allocations.values()]
  if (!allocation) throw new Error('the allocation was not evaluated')
  checkNoNegativeAmounts(allocation)
  if (describeEvaluation(evaluateWorkspace(workspace)) !== describeEvaluation(evaluation))
    throw new Error('a second evaluation differs')
  const errorFree = !evaluation.diagnostics.some((d) => d.severity === 'error')
  if (errorFree) checkPartsMakeWholes(allocation)
  count(errorFree ? 'error-free' : 'with errors')
  return { workspace, evaluation, errorFree }
}
