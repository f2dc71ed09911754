import { Decimal } from 'decimal.js'
import type { BlockContent, List } from 'mdast'
import type { LineEvaluation, SectionEvaluation } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { list, listItem, paragraph } from '../mdast/build-mdast-nodes.js'
import { describeLine, joinWithSamt, namePot, type LinePlace } from './describe-line.js'
import type { MemoContext } from './memo-context.js'
import { labelRecipient } from './name-recipient.js'

/** A line with the words of the pot it draws on. */
interface PlacedLine {
  readonly line: LineEvaluation
  readonly place: LinePlace
}

/**
 * A section's allocation as the memo's bullets: one bullet per recipient, in
 * the order recipients first appear, with every line to it in the section
 * joined ("VGR: 1 000 000 kr för länsgemensam samverkan samt en tredjedel av
 * kvarvarande medel, 9 497 505 kr; totalt 10 497 505 kr"). Child lines that
 * divide a line further are bullets under it.
 */
export function renderAllocationBullets(section: SectionEvaluation, memo: MemoContext): List | undefined {
  const sectionFund = section.section.fund.value
  const byRecipient = new Map<string, PlacedLine[]>()
  for (const step of section.steps) {
    for (const line of step.lines) {
      const pot = namePot(step.available.get(line.fund), memo.fund(line.fund)?.amount)
      const placed = { line, place: { sectionFund, pot } }
      const recipient = line.line.to.value
      byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), placed])
    }
  }
  if (byRecipient.size === 0) return undefined
  return list([...byRecipient].map(([recipient, lines]) => recipientItem(recipient, lines, memo)))
}

function recipientItem(recipient: string, lines: readonly PlacedLine[], memo: MemoContext) {
  const phrases = lines.map(({ line, place }) => describeLine(line, place, memo))
  const total = lines.reduce((sum, { line }) => sum.plus(line.amount), new Decimal(0))
  const totalWords = lines.length > 1 ? `; totalt ${formatKronor(total)}` : ''
  const blocks: BlockContent[] = [
    paragraph(`${labelRecipient(memo.evaluation, recipient)}: ${joinWithSamt(phrases)}${totalWords}`),
  ]
  const children = lines.flatMap(({ line, place }) =>
    line.children.map((child) => ({ line: child, place: { ...place, pot: 'beloppet' } })),
  )
  if (children.length > 0) blocks.push(list(children.map((child) => childItem(child, memo))))
  return listItem(blocks)
}

function childItem({ line, place }: PlacedLine, memo: MemoContext) {
  const blocks: BlockContent[] = [
    paragraph(`${labelRecipient(memo.evaluation, line.line.to.value)}: ${describeLine(line, place, memo)}`),
  ]
  if (line.children.length > 0) {
    blocks.push(
      list(line.children.map((child) => childItem({ line: child, place: { ...place, pot: 'beloppet' } }, memo))),
    )
  }
  return listItem(blocks)
}
