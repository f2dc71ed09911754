import type { Root, RootContent } from 'mdast'
import type { AllocationEvaluation } from '@fordela/engine'
import type { Diagnostic, MemoPart } from '@fordela/parser'
import { heading } from '../mdast/build-mdast-nodes.js'
import { markdownTree, withMarkdown } from '../mdast/serialize-markdown.js'
import { renderDatasetSources } from '../datasets/render-dataset-sources.js'
import { collectMemoDatasets } from './collect-memo-datasets.js'
import { createMemoContext } from './memo-context.js'
import { renderBackground } from './render-background.js'
import type { RenderAllocationContext } from './render-allocation-context.js'
import { renderCalculationAppendix } from './render-calculation-appendix.js'
import { renderCase } from './render-case.js'
import { renderDecisionItems } from './render-decision-items.js'
import { renderEconomicSummary } from './render-economic-summary.js'
import { renderGoalSummary } from './render-goal-summary.js'
import type { RenderedPart } from './rendered-part.js'
import { renderSignatories } from './render-signatories.js'
import { renderSummary } from './render-summary.js'

/** The order of the 2025 memo's parts, used unless the spec sets `memo.order`. */
const DEFAULT_ORDER: readonly MemoPart[] = ['decisions', 'summary', 'case', 'background', 'economy']

/** A rendered beslutsunderlag and the findings about its prose placeholders. */
export interface RenderedAllocation {
  readonly markdown: string
  /** The mdast tree the Markdown is written from (the studio renders its preview from it). */
  readonly tree: Root
  readonly diagnostics: Diagnostic[]
}

/**
 * Renders an evaluated allocation as the Markdown beslutsunderlag, in the
 * order of the 2025 memo (or the spec's `memo.order`): title, *Förslag till ställningstagande*,
 * *Sammanfattning*, *Ärende* (per section: prose, bullets, split tables),
 * *Bakgrund* (the strategy), *Ekonomisk sammanfattning* with its *Underlag*
 * (each dataset's date and source), the signatories and,
 * with `options.appendix`, *Bilaga: Beräkningsunderlag*. Every figure comes
 * from the evaluation; every text from the spec is escaped. The same input
 * gives the same bytes: LF line endings, one newline at the end.
 *
 * @returns the Markdown, and the placeholder findings (`prose/invalid-placeholder`,
 *   `prose/unknown-placeholder`) in the order the memo shows the prose. The
 *   engine's lint reports these too; a renderer alone still gets them.
 */
export function renderAllocation(
  evaluation: AllocationEvaluation,
  context: RenderAllocationContext,
): RenderedAllocation {
  const memo = createMemoContext(evaluation, context)
  const allocation = evaluation.allocation
  const economy: RenderedPart = {
    blocks: [
      ...renderEconomicSummary(memo),
      ...renderGoalSummary(memo),
      ...renderDatasetSources(
        collectMemoDatasets(memo, (id) => context.resolve?.({ value: id, at: allocation.id.at })),
        3,
        'Beloppen bygger på:',
      ),
    ],
    diagnostics: [],
  }
  const rendered: Record<MemoPart, RenderedPart> = {
    decisions: renderDecisionItems(memo),
    summary: renderSummary(memo),
    case: renderCase(memo),
    background: renderBackground(memo),
    economy,
  }
  // The parts `memo.order` names, then the others in the default order; findings always in the default order.
  const named = allocation.memo?.order?.value ?? []
  const parts = [...new Set([...named, ...DEFAULT_ORDER])].map((part) => rendered[part])
  const blocks: RootContent[] = [
    heading(1, allocation.documentTitle?.value ?? allocation.title.value),
    ...parts.flatMap((part) => part.blocks),
    ...renderSignatories(memo),
    ...(context.options?.appendix ? renderCalculationAppendix(memo) : []),
  ]
  const tree = markdownTree(blocks)
  return withMarkdown(tree, { diagnostics: DEFAULT_ORDER.flatMap((part) => rendered[part].diagnostics) })
}
