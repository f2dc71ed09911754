import { renderDocument } from '@fordela/render-markdown'
import { evaluateSpec } from '../render/evaluate-spec.js'
import { locateSpec } from '../render/locate-spec.js'

/**
 * The Markdown the scaffold's first allocation renders to, so the
 * workflow's `fordela render --check` passes on the very first run.
 */
export async function renderScaffoldMemo(spec: string, cwd: string): Promise<string> {
  const evaluated = await evaluateSpec(await locateSpec(spec, {}, cwd), cwd)
  const rendered = evaluated.document ? renderDocument(evaluated.evaluation, evaluated.document) : undefined
  if (!rendered || evaluated.findings.some((finding) => finding.severity === 'error')) {
    // The scaffold is ours: if it does not render, fordela itself is broken (run prints this as an internal error).
    throw new Error(`the scaffold's allocation ${spec} does not render cleanly`)
  }
  return rendered.markdown
}
