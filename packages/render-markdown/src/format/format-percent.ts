import { Rational } from '@fordela/parser'

const NO_BREAK_SPACE = '\u00a0'
const HUNDRED = Rational.of(100)

/**
 * Writes a fraction as a Swedish percentage with a decimal comma and a
 * no-break space before the sign. With `decimals` the figure always has that
 * many decimals ("15,28 %"); without, it has as few as the exact value needs,
 * at most two ("25 %", "12,5 %", "9,09 %"). Rounding is half up.
 *
 * @param value the fraction (1/4 is "25 %").
 */
export function formatPercent(value: Rational, decimals?: number): string {
  const places = decimals ?? 2
  const scale = 10n ** BigInt(places)
  const scaled = value.mul(HUNDRED).mul(Rational.of(scale))
  const negative = scaled.isNegative()
  const magnitude = negative ? Rational.of(-scaled.num, scaled.den) : scaled
  const rounded = magnitude.add(Rational.of(1, 2)).floor()
  const whole = (rounded / scale).toString()
  let fraction = (rounded % scale).toString().padStart(places, '0')
  if (decimals === undefined) fraction = fraction.replace(/0+$/, '')
  const sign = negative && rounded !== 0n ? '-' : ''
  return `${sign}${whole}${fraction ? `,${fraction}` : ''}${NO_BREAK_SPACE}%`
}
