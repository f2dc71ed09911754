import type { Rational } from './rational.js'

/**
 * Most digits a share may be written with in one run: the numerator and
 * denominator of `1/3`, the digits of `0,125` or `"12,5 %"`. Twenty digits
 * hold any share a county writes (a population of 10 million is 8).
 */
export const maxShareDigits = 20

/**
 * Most digits the numerator or the denominator of an exact sum of shares may
 * reach. Shares with unrelated denominators make their sum's denominator the
 * product of them all, and every step on numbers that long is slow: 250
 * shares with 41-digit denominators took 25 s to add up. 1 000 digits is far
 * beyond any real split (fifty shares with 20-digit denominators) and is
 * added up in milliseconds.
 */
export const maxFractionDigits = 1000

const fractionCeiling = 10n ** BigInt(maxFractionDigits)

/** Whether the numerator or the denominator of `value` has more than {@link maxFractionDigits} digits. */
export function exceedsFractionDigits(value: Rational): boolean {
  const num = value.num < 0n ? -value.num : value.num
  return num >= fractionCeiling || value.den >= fractionCeiling
}

/** Whether a share's text holds a run of more than {@link maxShareDigits} digits; checked before any digit is turned into a number. */
export function exceedsShareDigits(text: string): boolean {
  return new RegExp(`\\d{${maxShareDigits + 1}}`, 'u').test(text)
}
