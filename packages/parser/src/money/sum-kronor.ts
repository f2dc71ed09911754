import { Decimal } from 'decimal.js'
import './exact-kronor-precision.js'

/** The sum of `values`, 0 for none (decimal.js's `Decimal.sum` throws on an empty list). */
export function sumKronor(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0))
}
