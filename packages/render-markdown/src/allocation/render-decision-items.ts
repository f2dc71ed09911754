import type { BlockContent } from 'mdast'
import type { AllocationSection, Diagnostic } from '@fordela/parser'
import { emphasis, heading, list, listItem, paragraph, text } from '../mdast/build-mdast-nodes.js'
import { renderProse } from '../prose/render-prose.js'
import type { MemoContext } from './memo-context.js'
import type { RenderedPart } from './rendered-part.js'

/**
 * *Förslag till ställningstagande*: "<decision body> ställer sig bakom" and
 * a numbered list with one item per section — its `decision` text, or
 * "förslaget till fördelning av länsgemensamma medel avseende *<title>*,
 * för <year>." — followed by the allocation's extra decision items.
 */
export function renderDecisionItems(memo: MemoContext): RenderedPart {
  const allocation = memo.evaluation.allocation
  const diagnostics: Diagnostic[] = []
  const prose = (field: Parameters<typeof renderProse>[0]): BlockContent[] => {
    const rendered = renderProse(field, memo.placeholders)
    diagnostics.push(...rendered.diagnostics)
    return rendered.blocks
  }
  const items = [
    ...allocation.sections.map((section) => (section.decision ? prose(section.decision) : [generateDecision(section, allocation.year.value)])),
    ...allocation.decisions.map(prose),
  ].filter((blocks) => blocks.length > 0)
  const body = allocation.decisionBody?.value.trim() || 'Beslutsorganet'
  const blocks = [heading(2, 'Förslag till ställningstagande'), paragraph(`${body} ställer sig bakom`)]
  return { blocks: items.length > 0 ? [...blocks, list(items.map(listItem), true)] : blocks, diagnostics }
}

/** The decision item the 2025 memo writes for each section. */
function generateDecision(section: AllocationSection, year: number): BlockContent {
  return paragraph([
    text('förslaget till fördelning av länsgemensamma medel avseende '),
    emphasis(section.title.value),
    text(`, för ${year}.`),
  ])
}
