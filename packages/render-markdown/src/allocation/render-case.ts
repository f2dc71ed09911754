import type { RootContent } from 'mdast'
import type { SectionEvaluation } from '@fordela/engine'
import type { Diagnostic } from '@fordela/parser'
import { emphasis, heading, paragraph, text } from '../mdast/build-mdast-nodes.js'
import { renderProse } from '../prose/render-prose.js'
import type { MemoContext } from './memo-context.js'
import { renderAllocationBullets } from './render-allocation-bullets.js'
import { renderSectionSummary } from './render-section-summary.js'
import { renderSplitTables } from './render-split-tables.js'
import type { RenderedPart } from './rendered-part.js'

/**
 * *Ärende*: per section a heading, its prose, the allocation as bullets, a
 * table for each split by weight, the section's summary table when the spec
 * asks for it (`memo.sectionSummary`), and the strategy delmål it is linked to.
 */
export function renderCase(memo: MemoContext): RenderedPart {
  const diagnostics: Diagnostic[] = []
  const blocks: RootContent[] = [heading(2, 'Ärende')]
  for (const section of memo.evaluation.sections) {
    const prose = section.section.text
      ? renderProse(section.section.text, memo.placeholders)
      : { blocks: [], diagnostics: [] }
    diagnostics.push(...prose.diagnostics)
    blocks.push(heading(3, section.section.title.value), ...prose.blocks)
    const bullets = renderAllocationBullets(section, memo)
    if (bullets) {
      // Two lists in a row would read as one; the serializer would also switch bullet character.
      if (prose.blocks.at(-1)?.type !== 'paragraph') blocks.push(paragraph('Medlen fördelas enligt följande:'))
      blocks.push(bullets)
    }
    blocks.push(
      ...renderSplitTables(section, memo),
      ...renderSectionSummary(section, memo),
      ...renderSubgoalLinks(section, memo),
    )
  }
  return { blocks, diagnostics }
}

/**
 * "Avsnittet bidrar till strategins delmål *…* och *…*.", named by their
 * titles. A subgoal the strategy does not have (or a memo without its
 * strategy) has no title to show: its id is no name for a reader, so it is
 * left out (lint reports the link), and without any title there is no sentence.
 */
function renderSubgoalLinks(section: SectionEvaluation, memo: MemoContext): RootContent[] {
  const ids = section.section.links?.subgoals ?? []
  const titles = ids.flatMap(
    (id) => memo.strategy?.subgoals.find((goal) => goal.id.value === id.value)?.title.value ?? [],
  )
  if (titles.length === 0) return []
  const children = titles.flatMap((title, index) => [
    ...(index === 0 ? [] : [text(index === titles.length - 1 ? ' och ' : ', ')]),
    emphasis(title.replace(/\.$/, '')),
  ])
  return [paragraph([text(`Avsnittet bidrar till strategins delmål `), ...children, text('.')])]
}
