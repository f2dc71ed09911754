import { heading } from '../mdast/build-mdast-nodes.js'
import { renderProse } from '../prose/render-prose.js'
import type { MemoContext } from './memo-context.js'
import type { RenderedPart } from './rendered-part.js'

/** *Sammanfattning*: the allocation's summary prose; nothing when it has none. */
export function renderSummary(memo: MemoContext): RenderedPart {
  const summary = memo.evaluation.allocation.summary
  if (!summary) return { blocks: [], diagnostics: [] }
  const rendered = renderProse(summary, memo.placeholders)
  return { blocks: [heading(2, 'Sammanfattning'), ...rendered.blocks], diagnostics: rendered.diagnostics }
}
