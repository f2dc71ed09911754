import { Decimal } from 'decimal.js'
import { apportion, Rational } from '@fordela/parser'
import { formatPercent } from './format-percent.js'

/** Hundredths of a percent in a whole. */
const WHOLE = 10_000n

/**
 * Writes each weight's part of the whole as a percentage with two decimals
 * ("15,28 %"), rounded by largest remainder so that the column adds up to
 * exactly 100,00 % as the total row says. Rounding each part on its own
 * would leave a column that misses by a hundredth.
 *
 * @returns one percentage per weight; "0,00 %" for each when the weights add up to 0.
 */
export function formatPercentages(weights: readonly Rational[]): string[] {
  const { parts } = apportion(new Decimal(WHOLE.toString()), weights, 'largest-remainder')
  return parts.map((part) => formatPercent(Rational.of(BigInt(part.toFixed()), WHOLE), 2))
}
