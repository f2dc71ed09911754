import { Decimal } from 'decimal.js'
import { createDiagnostic, formatKronor, relatedAt, type AgreementDocument, type Diagnostic } from '@fordela/parser'

/** Checks every area that states a total against the sum of its cells. */
export function checkRowTotals(agreement: AgreementDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const area of agreement.areas) {
    if (!area.total) continue
    const sum = area.cells.reduce((total, cell) => total.plus(cell.amount.value), new Decimal(0))
    const stated = area.total.value
    if (sum.equals(stated)) continue
    const args = {
      area: area.id.value,
      stated: formatKronor(stated, { space: 'plain' }),
      sum: formatKronor(sum, { space: 'plain' }),
      difference: formatKronor(sum.minus(stated).abs(), { space: 'plain' }),
    }
    const related = area.cells.map((cell) =>
      relatedAt(cell.amount.at, { sv: `cellen ${cell.column.value}`, en: `the cell ${cell.column.value}` }),
    )
    diagnostics.push(createDiagnostic('agreement/row-total-mismatch', args, area.total.at, { related }))
  }
  return diagnostics
}
