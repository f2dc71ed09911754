import type { BlockContent, ListItem, RootContent } from 'mdast'
import type { Derivation, LineEvaluation } from '@fordela/engine'
import { formatKronor, type RoundingPolicy } from '@fordela/parser'
import { bulletList, heading, list, listItem, paragraph } from '../mdast/build-mdast-nodes.js'
import { describeDerivationStep, type NamePart } from './describe-derivation-step.js'
import type { MemoContext } from './memo-context.js'
import { labelRecipient, nameRecipient } from './name-recipient.js'

/** How each rounding policy turns a division into whole kronor, in the memo's words. */
const POLICY_WORDS: Readonly<Record<RoundingPolicy, string>> = {
  'largest-remainder':
    'Varje delning ger hela kronor med största rest: alla delar avrundas nedåt, och de kronor som blir över går en i taget till de delar som har störst rest. Är resterna lika stora avgör ordningen i dokumentet. Delarna blir då alltid exakt lika med det som delas.',
  'half-up':
    'Varje del avrundas för sig till närmaste hela krona, och halva kronor uppåt. Det som delarna tillsammans missar redovisas.',
  floor: 'Varje del avrundas nedåt till hela kronor. De kronor som blir över redovisas.',
}

/**
 * *Bilaga: Beräkningsunderlag*: how every amount was computed — each fund
 * from its agreement cell (the rule's arithmetic, weight and rounding), then
 * each section's lines step by step, down to each member of a split.
 */
export function renderCalculationAppendix(memo: MemoContext): RootContent[] {
  const evaluation = memo.evaluation
  const blocks: RootContent[] = [
    heading(2, 'Bilaga: Beräkningsunderlag'),
    paragraph(POLICY_WORDS[evaluation.allocation.rounding.value]),
    heading(3, 'Fonderna'),
  ]
  blocks.push(
    list(
      evaluation.funds.map((fund) => {
        const title = `${memo.fundTitle(fund.fund.id.value)}: ${fund.amount ? formatKronor(fund.amount) : 'kan inte beräknas'}`
        // The last link restates the fund's amount, which the item's first line already gives.
        const steps = fund.derivation.filter((step) => step.type !== 'fund')
        return item(title, describeSteps(steps, memo, nameCellUnits(fund.derivation, memo)))
      }),
    ),
  )
  for (const section of evaluation.sections) {
    const lines = section.steps.flatMap((step) => step.lines)
    if (lines.length === 0) continue
    blocks.push(
      heading(3, `Fördelningen: ${section.section.title.value}`),
      list(lines.map((line) => describeLineItem(line, [], memo))),
    )
  }
  return blocks
}

/** A line, the links of its derivation after those its parent already showed, its members and its child lines. */
function describeLineItem(line: LineEvaluation, shown: Derivation, memo: MemoContext): ListItem {
  const evaluation = memo.evaluation
  const title = `${labelRecipient(evaluation, line.line.to.value)}: ${formatKronor(line.amount)}`
  const own = line.derivation.slice(shown.length)
  const namePart: NamePart = (id) => labelRecipient(evaluation, id)
  const nameMember: NamePart = (id) => nameRecipient(evaluation, id)
  const details = describeSteps(own, memo, namePart)
  if (line.children.length === 0) {
    for (const member of line.members) {
      const split = member.derivation.slice(line.derivation.length)
      details.push(...split.map((step) => describeDerivationStep(step, memo, nameMember)))
    }
  }
  // One list under the line: two lists in a row would read as one.
  const nested = [
    ...details.map((detail) => listItem([paragraph(detail)])),
    ...line.children.map((child) => describeLineItem(child, line.derivation, memo)),
  ]
  const blocks: BlockContent[] = [paragraph(title)]
  if (nested.length > 0) blocks.push(list(nested))
  return listItem(blocks)
}

/**
 * What a fund's derivation divides is its agreement cell, among the units of
 * the cell's column (the län, the regions): a rounding names them as the
 * agreement's national table does, as `fordela explain` names them too.
 */
function nameCellUnits(derivation: Derivation, memo: MemoContext): NamePart {
  const cell = derivation.find((step) => step.type === 'agreement-cell')
  return (id) => (cell ? memo.agreementUnit(cell, id) : id)
}

function describeSteps(steps: Derivation, memo: MemoContext, namePart: NamePart): string[] {
  return steps.map((step) => describeDerivationStep(step, memo, namePart))
}

function item(title: string, details: readonly string[]): ListItem {
  return listItem(details.length > 0 ? [paragraph(title), bulletList(details)] : [paragraph(title)])
}
