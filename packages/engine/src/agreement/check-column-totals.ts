import { Decimal } from 'decimal.js'
import {
  createDiagnostic,
  formatKronor,
  relatedAt,
  type AgreementDocument,
  type Diagnostic,
  type RelatedLocation,
} from '@fordela/parser'

/** Checks every column that states a total against the sum of its cells over all areas. */
export function checkColumnTotals(agreement: AgreementDocument): Diagnostic[] {
  const sums = new Map<string, { sum: Decimal; related: RelatedLocation[] }>()
  for (const area of agreement.areas) {
    for (const cell of area.cells) {
      const entry = sums.get(cell.column.value) ?? { sum: new Decimal(0), related: [] }
      entry.sum = entry.sum.plus(cell.amount.value)
      entry.related.push(
        relatedAt(cell.amount.at, { sv: `cellen i området ${area.id.value}`, en: `the cell of area ${area.id.value}` }),
      )
      sums.set(cell.column.value, entry)
    }
  }
  const diagnostics: Diagnostic[] = []
  for (const column of agreement.columns) {
    if (!column.total) continue
    const { sum, related } = sums.get(column.id.value) ?? { sum: new Decimal(0), related: [] }
    const stated = column.total.value
    if (sum.equals(stated)) continue
    const args = {
      column: column.id.value,
      stated: formatKronor(stated, { space: 'plain' }),
      sum: formatKronor(sum, { space: 'plain' }),
      difference: formatKronor(sum.minus(stated).abs(), { space: 'plain' }),
    }
    diagnostics.push(createDiagnostic('agreement/column-total-mismatch', args, column.total.at, { related }))
  }
  return diagnostics
}
