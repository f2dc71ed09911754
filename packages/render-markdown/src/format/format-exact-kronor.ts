import { Decimal } from 'decimal.js'
import { formatKronor, type Rational } from '@fordela/parser'

/**
 * An exact quotient in kronor as the appendix shows it: whole kronor when it
 * is whole ("6 469 648 kr"), otherwise cut after two decimals with "…" when
 * more follow ("9 497 504,66… kr", for 28 492 514 / 3), so the figure never
 * claims a precision or a rounding it does not have.
 */
export function formatExactKronor(value: Rational): string {
  const decimal = value.toDecimal()
  if (decimal.isInteger()) return formatKronor(decimal)
  const cut = decimal.toDecimalPlaces(2, Decimal.ROUND_DOWN)
  const [whole = '0', fraction = '00'] = cut.abs().toFixed(2).split('.')
  const sign = decimal.isNegative() ? '-' : ''
  const more = cut.equals(decimal) ? '' : '…'
  return `${sign}${formatKronor(new Decimal(whole), { unit: 'none' })},${fraction}${more}\u00a0kr`
}
