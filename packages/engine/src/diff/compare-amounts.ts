import { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'
import type { AmountChange } from './allocation-comparison.js'

const HUNDRED = Rational.of(100n)

/**
 * The change from `before` to `after`, an absent side counting as 0, and
 * that change in percent of `before` when `before` is neither 0 nor absent.
 */
export function compareAmounts(before: Decimal | undefined, after: Decimal | undefined): AmountChange {
  const change = (after ?? new Decimal(0)).minus(before ?? 0)
  const percent =
    before && !before.isZero() ? Rational.fromDecimal(change).mul(HUNDRED).div(Rational.fromDecimal(before)) : undefined
  return {
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    change,
    ...(percent ? { percent } : {}),
  }
}
