import { Decimal } from 'decimal.js'
import type { RootContent } from 'mdast'
import { formatKronor, type AgreementDocument } from '@fordela/parser'
import { heading, table, type ColumnAlign, type Inline } from '../mdast/build-mdast-nodes.js'
import type { AgreementNames } from './agreement-names.js'

/**
 * The national table: one row per area, one column per recipient column,
 * each cell's amount as the agreement states it ("–" where the area has no
 * cell), with row sums, column sums and the grand total computed here, so
 * the table always adds up; the engine checks them against the published totals.
 */
export function renderDistributionTable(agreement: AgreementDocument, names: AgreementNames): RootContent[] {
  const columns = agreement.columns
  const cellAmount = (areaIndex: number, column: string): Decimal | undefined =>
    agreement.areas[areaIndex]?.cells.find((cell) => cell.column.value === column)?.amount.value
  const rows: Inline[][] = agreement.areas.map((area, index) => {
    const amounts = columns.map((column) => cellAmount(index, column.id.value))
    return [names.areaHeading(area), ...amounts.map(formatCell), formatKronor(sum(amounts))]
  })
  const columnSums = columns.map((column) => sum(agreement.areas.map((_, index) => cellAmount(index, column.id.value))))
  rows.push(['Summa', ...columnSums.map((value) => formatKronor(value)), formatKronor(sum(columnSums))])
  const header = ['Område', ...columns.map((column) => column.title.value), 'Summa']
  const align = header.map((_, index): ColumnAlign => (index === 0 ? 'left' : 'right'))
  return [heading(2, 'Fördelningstabell'), table(header, rows, align)]
}

function formatCell(amount: Decimal | undefined): string {
  return amount ? formatKronor(amount) : '–'
}

function sum(values: readonly (Decimal | undefined)[]): Decimal {
  return values.reduce<Decimal>((total, value) => (value ? total.plus(value) : total), new Decimal(0))
}
