import type { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'

/**
 * How many equal parts a division made, read back from one of them: the
 * engine records each part's exact value as base / n, so n = base / exact
 * (1 000 010 / (500 005/2) = 4). Undefined when that is no whole number of
 * parts, as when nothing was divided (a base of 0 gives every part 0).
 */
export function countEqualParts(base: Decimal, exact: Rational): bigint | undefined {
  if (exact.isZero() || exact.isNegative()) return undefined
  const parts = Rational.fromDecimalString(base.toFixed()).div(exact)
  return parts.den === 1n && parts.num > 0n ? parts.num : undefined
}
