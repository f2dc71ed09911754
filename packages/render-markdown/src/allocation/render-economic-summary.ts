import type { RootContent } from 'mdast'
import { formatKronor } from '@fordela/parser'
import { heading, table, type ColumnAlign, type Inline } from '../mdast/build-mdast-nodes.js'
import { describeFundSource } from './describe-fund-source.js'
import type { MemoContext } from './memo-context.js'
import { tabulateGroupMembers, tabulatePartyTotals, type PartyTotals } from './tabulate-party-totals.js'

/**
 * *Ekonomisk sammanfattning*: a table of the funds (amount and source), a
 * table of what each party and group gets from each fund, and per group a
 * table of its members. Every row and column adds up to its total, to the krona.
 */
export function renderEconomicSummary(memo: MemoContext): RootContent[] {
  const evaluation = memo.evaluation
  const fundRows: Inline[][] = evaluation.funds.map((fund) => [
    memo.fundTitle(fund.fund.id.value),
    fund.amount ? formatKronor(fund.amount) : 'kan inte beräknas',
    describeFundSource(fund, memo),
  ])
  fundRows.push(['Totalt', formatKronor(evaluation.total), ''])
  const blocks: RootContent[] = [
    heading(2, 'Ekonomisk sammanfattning'),
    heading(3, 'Per fond'),
    table(['Fond', 'Belopp', 'Källa'], fundRows, ['left', 'right', 'left']),
    heading(3, 'Per part'),
    renderTotals('Part', tabulatePartyTotals(evaluation), memo),
  ]
  for (const group of evaluation.parties?.groups ?? []) {
    const members = tabulateGroupMembers(evaluation, group)
    if (members.total.isZero()) continue
    blocks.push(heading(3, `${group.name.value} per medlem`), renderTotals('Medlem', members, memo))
  }
  return blocks
}

function renderTotals(first: string, totals: PartyTotals, memo: MemoContext) {
  const header = [first, ...totals.funds.map((fund) => memo.fundTitle(fund)), 'Totalt']
  const rows: Inline[][] = totals.rows.map((row) => [
    row.name,
    ...row.byFund.map((value) => formatKronor(value)),
    formatKronor(row.total),
  ])
  rows.push(['Totalt', ...totals.fundTotals.map((value) => formatKronor(value)), formatKronor(totals.total)])
  const align = header.map((_, index): ColumnAlign => (index === 0 ? 'left' : 'right'))
  return table(header, rows, align)
}
