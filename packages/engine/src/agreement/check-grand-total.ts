import { Decimal } from 'decimal.js'
import {
  createDiagnostic,
  formatKronor,
  relatedAt,
  type AgreementDocument,
  type Diagnostic,
  type RelatedLocation,
  type SourceRange,
} from '@fordela/parser'

/**
 * Checks the agreement's stated total against the sum of all its cells and,
 * when every column states a total, against the sum of those totals
 * (493 + 250 + 788 + 29 = 1 560 million).
 */
export function checkGrandTotal(agreement: AgreementDocument): Diagnostic[] {
  const total = agreement.total
  if (!total) return []
  const diagnostics: Diagnostic[] = []
  const cellSum = agreement.areas.reduce(
    (sum, area) => area.cells.reduce((rowSum, cell) => rowSum.plus(cell.amount.value), sum),
    new Decimal(0),
  )
  if (!cellSum.equals(total.value)) diagnostics.push(reportMismatch('cells', total.value, cellSum, total.at, []))
  const columnTotals = agreement.columns.map((column) => column.total)
  if (columnTotals.length > 0 && columnTotals.every((columnTotal) => columnTotal !== undefined)) {
    const defined = columnTotals.filter((columnTotal) => columnTotal !== undefined)
    const columnSum = defined.reduce((sum, columnTotal) => sum.plus(columnTotal.value), new Decimal(0))
    const related = defined.map((columnTotal) =>
      relatedAt(columnTotal.at, { sv: 'kolumnens summa', en: "the column's total" }),
    )
    if (!columnSum.equals(total.value))
      diagnostics.push(reportMismatch('columns', total.value, columnSum, total.at, related))
  }
  return diagnostics
}

/** The grand total differs from what it should add up from. */
function reportMismatch(
  against: 'cells' | 'columns',
  stated: Decimal,
  sum: Decimal,
  at: SourceRange,
  related: readonly RelatedLocation[],
): Diagnostic {
  const args = {
    against,
    stated: formatKronor(stated, { space: 'plain' }),
    sum: formatKronor(sum, { space: 'plain' }),
    difference: formatKronor(sum.minus(stated).abs(), { space: 'plain' }),
  }
  return createDiagnostic('agreement/total-mismatch', args, at, { related })
}
