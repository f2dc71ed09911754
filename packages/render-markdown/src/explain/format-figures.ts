import { Decimal } from 'decimal.js'
import { formatKronor, Rational } from '@fordela/parser'

// Figures as a trace writes them: Swedish digit groups with plain spaces (a
// trace is read and copied as plain text, where no-break spaces only get in
// the way) and a decimal comma.

/** "33 492 514 kr". */
export function formatAmount(amount: Decimal): string {
  return formatKronor(amount, { space: 'plain' })
}

/** "33 492 514", for arithmetic. */
export function formatFigure(amount: Decimal): string {
  return formatKronor(amount, { unit: 'none', space: 'plain' })
}

/** "1 000 010 / 4": a division in `parts` equal parts, for arithmetic. */
export function formatEqualDivision(base: Decimal, parts: number | bigint): string {
  return `${formatFigure(base)} / ${parts}`
}

/**
 * An exact value before rounding, to two decimals: "9 497 504,67". Whole
 * values have no decimals. Decimals are rounded half up, but a value that is
 * not whole never looks whole or crosses a krona: then as many decimals as it
 * takes are shown ("1,999", "1,001").
 */
export function formatExactFigure(value: Rational): string {
  if (value.den === 1n) return groupDigits(value.num)
  const negative = value.isNegative()
  const magnitude = negative ? Rational.ZERO.sub(value) : value
  const whole = magnitude.floor()
  let places = 2n
  let digits = roundToPlaces(magnitude, places)
  while (digits <= whole * 10n ** places || digits >= (whole + 1n) * 10n ** places) {
    places += 1n
    digits = roundToPlaces(magnitude, places)
  }
  const fraction = (digits - whole * 10n ** places).toString().padStart(Number(places), '0')
  return `${negative ? '-' : ''}${groupDigits(whole)},${fraction}`
}

/** The value times 10^places, rounded half up to an integer. */
function roundToPlaces(value: Rational, places: bigint): bigint {
  return value
    .mul(Rational.of(10n ** places))
    .add(Rational.of(1n, 2n))
    .floor()
}

/**
 * A weight as written in a dataset: "1 767 016", "0,5", or a fraction
 * "1/3" when it has no finite decimal form.
 */
export function formatWeight(value: Rational): string {
  if (value.den === 1n) return groupDigits(value.num)
  const decimal = value.toDecimal()
  const exact = Rational.fromDecimalString(decimal.toFixed()).equals(value)
  return exact ? formatKronor(decimal, { unit: 'none', space: 'plain' }) : value.toString()
}

function groupDigits(value: bigint): string {
  return formatKronor(new Decimal(value.toString()), { unit: 'none', space: 'plain' })
}
