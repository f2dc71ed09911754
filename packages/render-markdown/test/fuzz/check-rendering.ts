import { evaluateGeneratedWorkspace } from '../../../../test/fuzz/evaluate-generated-workspace.js'
import type { GeneratedWorkspace } from '../../../../test/fuzz/arbitrary-allocation-workspace.js'
import { checkDiagnostics } from '../../../../test/fuzz/check-diagnostics.js'
import type { CountCase } from '../../../../test/fuzz/fuzz-test.js'
import { renderDocument } from '../../src/index.js'

/** HTML a spec's text could smuggle into the memo, unless the renderer escapes it (`\<`). */
const rawHtml = /(?<!\\)<(?:script|img|!--)/iu

/**
 * Evaluates a generated workspace with every engine check, then renders its
 * allocation twice, as `fordela render` does: both renderings must be the
 * same bytes, end in exactly one LF with no CR, carry no raw HTML from the
 * spec, and place their findings within the files. The CLI renders only an
 * engine-valid allocation; one with errors must not make the renderer throw either.
 */
export async function checkRendering(
  generated: GeneratedWorkspace,
  appendix: boolean,
  count: CountCase,
): Promise<void> {
  const { workspace, evaluation, errorFree } = await evaluateGeneratedWorkspace(generated, () => {})
  const document = workspace.documentByFile('fordelning.yaml')
  if (!document) throw new Error('the generated allocation did not load')
  const first = renderDocument(evaluation, document, { appendix })
  const second = renderDocument(evaluation, document, { appendix })
  if (!first || !second) throw new Error('the allocation was not rendered')
  if (first.markdown !== second.markdown) throw new Error('a second rendering differs')
  if (!first.markdown.endsWith('\n') || first.markdown.endsWith('\n\n') || first.markdown.includes('\r')) {
    throw new Error(`the memo does not end in exactly one LF, or holds a CR:\n${first.markdown}`)
  }
  if (rawHtml.test(first.markdown)) throw new Error(`raw HTML from the spec reached the memo:\n${first.markdown}`)
  checkDiagnostics(first.diagnostics, (file) => workspace.texts.get(file))
  count(errorFree ? 'engine-valid' : 'with errors')
}
