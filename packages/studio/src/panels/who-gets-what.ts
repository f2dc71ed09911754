import type { AllocationEvaluation } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { tabulatePartyTotals } from '@fordela/render-markdown'
import { t } from '../ui/texts.js'
import type { TableSpec } from './create-table.js'

/** "Vem får vad": each party's and group's kronor per fund, the rows adding up to each fund (the texts of a table). */
export function tabulateWhoGetsWhat(evaluation: AllocationEvaluation): TableSpec {
  const totals = tabulatePartyTotals(evaluation)
  const fundName = (id: string) => evaluation.funds.find((fund) => fund.fund.id.value === id)?.fund.title?.value ?? id
  const kronor = (value: Parameters<typeof formatKronor>[0]) => formatKronor(value)
  return {
    caption: evaluation.allocation.title.value,
    head: [t('party'), ...totals.funds.map(fundName), t('total')],
    rows: totals.rows.map((row) => [row.name, ...row.byFund.map(kronor), kronor(row.total)]),
    foot: [t('total'), ...totals.fundTotals.map(kronor), kronor(totals.total)],
  }
}
