import { Decimal } from 'decimal.js'
import type { BlockContent } from 'mdast'
import type { Allotment, LineEvaluation, SectionEvaluation } from '@fordela/engine'
import { formatKronor, Rational, type PartyGroup } from '@fordela/parser'
import { formatPercentages } from '../format/format-percentages.js'
import { formatWeight } from '../format/format-weight.js'
import { lowerFirst } from '../format/lower-first.js'
import { bulletList, paragraph, table, type ColumnAlign, type Inline } from '../mdast/build-mdast-nodes.js'
import { describeLine, namePot } from './describe-line.js'
import type { MemoContext } from './memo-context.js'
import { labelRecipient, nameRecipient } from './name-recipient.js'

/**
 * For every line of a section that splits its amount among a group's
 * members: a sentence saying what is split, a table of member, weight, share
 * of the split (two decimals, adding up to 100,00 %) and amount with a total
 * row, and then what the reader must know about the grouping — each member's
 * caveat and each unit left out of every member, with its reason.
 */
export function renderSplitTables(section: SectionEvaluation, memo: MemoContext): BlockContent[] {
  const sectionFund = section.section.fund.value
  return section.steps.flatMap((step) =>
    step.lines.flatMap((line) => {
      const place = { sectionFund, pot: namePot(step.available.get(line.fund), memo.fund(line.fund)?.amount) }
      return [line, ...descendants(line)].flatMap((split) =>
        renderSplit(split, split === line ? place : { ...place, pot: 'beloppet' }, memo),
      )
    }),
  )
}

function descendants(line: LineEvaluation): LineEvaluation[] {
  return line.children.flatMap((child) => [child, ...descendants(child)])
}

function renderSplit(
  line: LineEvaluation,
  place: { sectionFund: string; pot: string },
  memo: MemoContext,
): BlockContent[] {
  const split = line.line.split
  const target = memo.evaluation.party(line.line.to.value)
  if (!split || line.children.length > 0 || line.members.length === 0 || target?.type !== 'group') return []
  const equal = split.value === 'equal'
  const weights = line.members.map((member) => (equal ? Rational.ONE : (weightOf(member) ?? Rational.ZERO)))
  const percentages = formatPercentages(weights)
  const amountTotal = line.members.reduce((sum, member) => sum.plus(member.amount), new Decimal(0))
  const rows: Inline[][] = line.members.map((member, index) => [
    nameRecipient(memo.evaluation, member.recipient),
    ...(equal ? [] : [formatWeight(weights[index] ?? Rational.ZERO)]),
    percentages[index] ?? '',
    formatKronor(member.amount),
  ])
  rows.push([
    'Totalt',
    ...(equal ? [] : [formatWeight(Rational.sum(weights))]),
    percentagesTotal(weights),
    formatKronor(amountTotal),
  ])
  const header = ['Mottagare', ...(equal ? [] : [memo.measureTitle(split.value)]), 'Andel', 'Belopp']
  const align = header.map((_, index): ColumnAlign => (index === 0 ? 'left' : 'right'))
  const intro = `${labelRecipient(memo.evaluation, line.line.to.value)}, ${describeLine(line, place, memo)}${sourceNote(line, memo)}:`
  return [paragraph(intro), table(header, rows, align), ...renderGroupNotes(target.group)]
}

/** The weight a member's split used: the last split step of its derivation. */
function weightOf(member: Allotment): Rational | undefined {
  const step = [...member.derivation].reverse().find((candidate) => candidate.type === 'split')
  return step?.type === 'split' ? step.weight?.value : undefined
}

/** "100,00 %", or "0,00 %" when there was nothing to weigh by. */
function percentagesTotal(weights: readonly Rational[]): string {
  return Rational.sum(weights).isZero() ? '0,00\u00a0%' : '100,00\u00a0%'
}

/** " (Folkmängd per kommun 2025-09-30)": the dataset the weights come from. */
function sourceNote(line: LineEvaluation, memo: MemoContext): string {
  const dataset = memo.partiesDataset
  const used = line.members.flatMap((member) => member.derivation).find((step) => step.type === 'split' && step.weight)
  if (!dataset || used?.type !== 'split' || used.weight?.dataset !== dataset.id.value) return ''
  return ` (${dataset.title.value})`
}

/** The caveats of a group's members and the units it leaves out, as a list the memo cannot omit. */
function renderGroupNotes(group: PartyGroup): BlockContent[] {
  const notes = [
    ...group.members.flatMap((member) => (member.caveat ? [`${member.name.value}: ${member.caveat.value}`] : [])),
    ...group.unassigned.map(
      (entry) => `${entry.unit.value} ingår inte i ${lowerFirst(group.name.value)}: ${entry.reason.value}`,
    ),
  ]
  if (notes.length === 0) return []
  return [paragraph(`Att observera om indelningen av ${lowerFirst(group.name.value)}:`), bulletList(notes)]
}
