import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DatasetDocument } from '../model/documents.js'
import { formatKronor } from '../money/format-kronor.js'
import { Rational } from '../money/rational.js'

/**
 * Checks every measure that declares a `total` against the exact sum of
 * its units' values (missing values count as nothing), and reports a
 * mismatch at the total with both figures and their difference.
 */
export function checkDatasetTotals(dataset: DatasetDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const measure of dataset.measures) {
    if (!measure.total) continue
    const sum = Rational.sum(
      dataset.units.flatMap((unit) => {
        const value = unit.values.get(measure.id.value)
        return value ? [value.value] : []
      }),
    )
    const total = Rational.fromDecimalString(measure.total.value.toFixed())
    if (sum.equals(total)) continue
    diagnostics.push(
      createDiagnostic(
        'data/total-mismatch',
        {
          measure: measure.id.value,
          total: formatRational(total),
          sum: formatRational(sum),
          difference: formatRational(sum.sub(total)),
        },
        measure.total.at,
      ),
    )
  }
  return diagnostics
}

/** A figure the Swedish way; a fraction without a finite decimal form is shown as one (`1/3`). */
function formatRational(value: Rational): string {
  const decimal = value.toDecimal()
  if (!Rational.fromDecimalString(decimal.toFixed()).equals(value)) return value.toString()
  return formatKronor(decimal, { unit: 'none', space: 'plain' })
}
