import type { Decimal } from 'decimal.js'

/** How {@link formatKronor} writes an amount. */
export interface FormatKronorOptions {
  /** The word after the figure: `kr` (default), `kronor`, or nothing. */
  readonly unit?: 'kr' | 'kronor' | 'none'
  /**
   * The space between digit groups and before the unit: U+00A0 NO-BREAK SPACE
   * (default, for rendered documents, so a figure never breaks across lines)
   * or a plain space (for diagnostics and terminal output).
   */
  readonly space?: 'nbsp' | 'plain'
}

const NO_BREAK_SPACE = '\u00a0'

/**
 * Writes an amount the Swedish way: digit groups of three, a decimal comma
 * for any fraction, a hyphen-minus for negatives.
 *
 * @example formatKronor(new Decimal(61403000)) // "61 403 000 kr" (no-break spaces)
 * @example formatKronor(new Decimal('-1500.5'), { unit: 'none', space: 'plain' }) // "-1 500,5"
 * @throws RangeError for NaN or infinity (programmer misuse: amounts are finite).
 */
export function formatKronor(value: Decimal, options: FormatKronorOptions = {}): string {
  if (!value.isFinite()) throw new RangeError(`formatKronor: ${value.toString()} is not a finite amount`)
  const space = options.space === 'plain' ? ' ' : NO_BREAK_SPACE
  const unit = options.unit ?? 'kr'
  // toFixed() without arguments never uses exponent notation and never rounds.
  const [whole = '', fraction] = value.abs().toFixed().split('.')
  const sign = value.isNegative() && !value.isZero() ? '-' : ''
  const figure = `${sign}${groupDigits(whole, space)}${fraction === undefined ? '' : `,${fraction}`}`
  return unit === 'none' ? figure : `${figure}${space}${unit}`
}

/** Puts `separator` between groups of three digits, counted from the right. */
function groupDigits(digits: string, separator: string): string {
  const head = digits.length % 3 || 3
  let grouped = digits.slice(0, head)
  for (let index = head; index < digits.length; index += 3) grouped += separator + digits.slice(index, index + 3)
  return grouped
}
