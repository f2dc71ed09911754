import type { RootContent } from 'mdast'
import type { StrategyDocument } from '@fordela/parser'
import { formatDate } from '../format/format-date.js'
import { blockquote, bulletList, emphasis, heading, paragraph, text } from '../mdast/build-mdast-nodes.js'
import { renderProse } from '../prose/render-prose.js'
import type { MemoContext } from './memo-context.js'
import type { RenderedPart } from './rendered-part.js'

/**
 * *Bakgrund*, in the 2025 memo's order: the national strategy — who adopted
 * it and when, and its summary — then the allocation's background prose, then
 * the strategy's vision (quoted), mål and delmål. Nothing when there is
 * neither a strategy nor background prose.
 */
export function renderBackground(memo: MemoContext): RenderedPart {
  const background = memo.evaluation.allocation.background
  const prose = background ? renderProse(background, memo.placeholders) : { blocks: [], diagnostics: [] }
  const strategy = memo.strategy
  if (prose.blocks.length === 0 && !strategy) return { blocks: [], diagnostics: prose.diagnostics }
  const blocks = [
    heading(2, 'Bakgrund'),
    ...(strategy ? introduceStrategy(strategy) : []),
    ...prose.blocks,
    ...(strategy ? renderStrategyFramework(strategy) : []),
  ]
  return { blocks, diagnostics: prose.diagnostics }
}

/** Who adopted the strategy and when, and its summary. */
function introduceStrategy(strategy: StrategyDocument): RootContent[] {
  const blocks: RootContent[] = [paragraph(describeAdoption(strategy))]
  if (strategy.summary) blocks.push(...renderProse(strategy.summary).blocks)
  return blocks
}

/** The strategy's vision, mål and delmål under their own heading. */
function renderStrategyFramework(strategy: StrategyDocument): RootContent[] {
  const blocks: RootContent[] = [heading(3, 'Strategins vision, mål och delmål'), heading(4, 'Vision')]
  blocks.push(blockquote([paragraph(`”${strategy.vision.value.trim().replace(/\s+/g, ' ')}”`)]))
  if (strategy.goals.length > 0)
    blocks.push(heading(4, 'Mål'), bulletList(strategy.goals.map((goal) => goal.title.value)))
  if (strategy.subgoals.length > 0)
    blocks.push(heading(4, 'Delmål'), bulletList(strategy.subgoals.map((goal) => goal.title.value)))
  return blocks
}

/** "Regeringen antog 2025-01-10 den nationella strategin *…*, som gäller 2025–2034." Nothing is assumed that the spec does not say. */
function describeAdoption(strategy: StrategyDocument) {
  const when = strategy.adopted ? ` ${formatDate(strategy.adopted.value)}` : ''
  const period = strategy.period ? `, som gäller ${strategy.period.from.value}–${strategy.period.to.value}` : ''
  const title = emphasis(strategy.title.value)
  if (strategy.adoptedBy)
    return [text(`${strategy.adoptedBy.value} antog${when} den nationella strategin `), title, text(`${period}.`)]
  return [text('Den nationella strategin '), title, text(`${when ? ` antogs${when}` : ''}${period}.`)]
}
