import type { Decimal } from 'decimal.js'
import type { RootContent } from 'mdast'
import type { AllocationEvaluation, SectionEvaluation } from '@fordela/engine'
import { formatKronor, sumKronor } from '@fordela/parser'
import { paragraph, table, type ColumnAlign, type Inline } from '../mdast/build-mdast-nodes.js'
import { messages, say } from '../messages/index.js'
import type { MemoContext } from './memo-context.js'

const words = messages.memo
import { tabulatePartyTotals } from './tabulate-party-totals.js'

/**
 * With `memo.sectionSummary: true`, the section's own economic summary: what
 * each party and group gets in this section, per fund the section draws on
 * (with a total column when there are several), and a total row. The rows
 * add up to what the section gives out, to the krona.
 */
export function renderSectionSummary(section: SectionEvaluation, memo: MemoContext): RootContent[] {
  if (memo.evaluation.allocation.memo?.sectionSummary?.value !== true) return []
  const totals = tabulatePartyTotals(restrictToSection(memo.evaluation, section.section.id.value))
  if (totals.rows.length === 0) return []
  const several = totals.funds.length > 1
  const header = [
    say('sv', words.sectionSummaryParty),
    ...(several
      ? [...totals.funds.map((fund) => memo.fundTitle(fund)), say('sv', words.total)]
      : [say('sv', words.sectionSummaryAmount)]),
  ]
  const cells = (byFund: readonly Decimal[], total: Decimal): Inline[] =>
    several ? [...byFund.map((value) => formatKronor(value)), formatKronor(total)] : [formatKronor(total)]
  const rows: Inline[][] = totals.rows.map((row) => [row.name, ...cells(row.byFund, row.total)])
  rows.push([say('sv', words.total), ...cells(totals.fundTotals, totals.total)])
  const align = header.map((_, index): ColumnAlign => (index === 0 ? 'left' : 'right'))
  return [paragraph(say('sv', words.sectionSummaryLead)), table(header, rows, align)]
}

/**
 * The evaluation seen from one section: its allotments only, and each fund
 * it draws on holding exactly what the section gave out of it (so no money
 * shows as undistributed: the whole allocation's table reports that).
 */
function restrictToSection(evaluation: AllocationEvaluation, sectionId: string): AllocationEvaluation {
  const allotments = evaluation.allotments.filter((allotment) => allotment.section === sectionId)
  const funds = evaluation.funds.flatMap((fund) => {
    const given = allotments
      .filter((allotment) => allotment.fund === fund.fund.id.value)
      .map((allotment) => allotment.amount)
    return given.length > 0 ? [{ ...fund, amount: sumKronor(given) }] : []
  })
  return { ...evaluation, allotments, funds }
}
