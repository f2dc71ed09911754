import type { BlockContent } from 'mdast'
import type { AllocationDocument, AllocationSection, DecisionItem, Diagnostic } from '@fordela/parser'
import { emphasis, heading, list, listItem, paragraph, text } from '../mdast/build-mdast-nodes.js'
import { renderProse } from '../prose/render-prose.js'
import type { MemoContext } from './memo-context.js'
import type { RenderedPart } from './rendered-part.js'

/**
 * *Förslag till ställningstagande*: the lead-in — the spec's `decisionLead`,
 * or "<decision body> ställer sig bakom" — and a numbered list: one item per
 * section (its `decision` text, or "förslaget till fördelning av
 * länsgemensamma medel avseende *<title>*, för <year>."), except that an
 * item of `decisions` with `sections` stands where the first section it
 * names would, in place of all of them; then the other `decisions` items.
 */
export function renderDecisionItems(memo: MemoContext): RenderedPart {
  const allocation = memo.evaluation.allocation
  const diagnostics: Diagnostic[] = []
  const prose = (field: Parameters<typeof renderProse>[0]): BlockContent[] => {
    const rendered = renderProse(field, memo.placeholders)
    diagnostics.push(...rendered.diagnostics)
    return rendered.blocks
  }
  const items = orderDecisionItems(allocation)
    .map((item) =>
      'section' in item
        ? item.section.decision
          ? prose(item.section.decision)
          : [generateDecision(item.section, allocation.year.value)]
        : prose(item.item.text),
    )
    .filter((blocks) => blocks.length > 0)
  const lead = allocation.decisionLead
    ? prose(allocation.decisionLead)
    : [paragraph(`${allocation.decisionBody?.value.trim() || 'Beslutsorganet'} ställer sig bakom`)]
  const blocks = [heading(2, 'Förslag till ställningstagande'), ...lead]
  return { blocks: items.length > 0 ? [...blocks, list(items.map(listItem), true)] : blocks, diagnostics }
}

type OrderedDecision = { readonly section: AllocationSection } | { readonly item: DecisionItem }

/**
 * The decision items in the memo's order. A section named by an item's
 * `sections` (or every section, with `sections: all`) gives no item of its
 * own; the first item naming it takes its place. Items that name no known
 * section follow the sections, in the order written.
 */
export function orderDecisionItems(allocation: AllocationDocument): OrderedDecision[] {
  const decidedBy = new Map<string, DecisionItem>()
  for (const item of allocation.decisions) {
    for (const section of allocation.sections) {
      if (decides(item, section) && !decidedBy.has(section.id.value)) decidedBy.set(section.id.value, item)
    }
  }
  const placed = new Set<DecisionItem>()
  const ordered: OrderedDecision[] = []
  for (const section of allocation.sections) {
    const item = decidedBy.get(section.id.value)
    if (!item) ordered.push({ section })
    else if (!placed.has(item)) {
      placed.add(item)
      ordered.push({ item })
    }
  }
  return [...ordered, ...allocation.decisions.filter((item) => !placed.has(item)).map((item) => ({ item }))]
}

function decides(item: DecisionItem, section: AllocationSection): boolean {
  return (
    item.sections !== undefined &&
    (item.sections.all !== undefined || item.sections.ids.some((id) => id.value === section.id.value))
  )
}

/** The decision item the 2025 memo writes for each section. */
function generateDecision(section: AllocationSection, year: number): BlockContent {
  return paragraph([
    text('förslaget till fördelning av länsgemensamma medel avseende '),
    emphasis(section.title.value),
    text(`, för ${year}.`),
  ])
}
