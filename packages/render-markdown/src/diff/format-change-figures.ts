import { Decimal } from 'decimal.js'
import type { AmountChange } from '@fordela/engine'
import { formatKronor, Rational, type Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'

/** How figures in a comparison are spaced: no-break for Markdown, plain for a terminal. */
export type FigureSpace = 'nbsp' | 'plain'

/** An amount on one side, "2 500 000", or "–" when that side has none. */
export function formatSideFigure(amount: Decimal | undefined, space: FigureSpace): string {
  return amount === undefined ? '–' : formatKronor(amount, { unit: 'none', space })
}

/** A change with its sign: "+1 200 000", "-300 000", "0". */
export function formatChangeFigure(change: Decimal, space: FigureSpace): string {
  const figure = formatKronor(change, { unit: 'none', space })
  return change.isPositive() && !change.isZero() ? `+${figure}` : figure
}

/**
 * A change in percent with its sign and a decimal comma: "+40 %", "-12 %",
 * "+16,7 %" (50/3 rounded to one decimal, half away from zero); "ny" /
 * "new" when there was nothing before, "–" when before was 0.
 */
export function formatPercentFigure(change: AmountChange, lang: Language, space: FigureSpace): string {
  const gap = space === 'nbsp' ? '\u00a0' : ' '
  const { percent } = change
  if (change.before === undefined) return say(lang, messages.diff.new)
  if (percent === undefined) return '–'
  const places = percent.den === 1n ? 0 : 1
  const text = roundPercent(percent, places).replace('.', say(lang, messages.diff.decimalMark))
  const signed = percent.isNegative() || text.startsWith('-') ? text : percent.isZero() ? text : `+${text}`
  return `${signed}${gap}%`
}

/** The percent as a decimal string with `places` decimals, half away from zero, for data: "16.67". */
export function roundPercent(percent: Rational, places: number): string {
  const magnitude = percent.isNegative() ? Rational.ZERO.sub(percent) : percent
  const scaled = magnitude
    .mul(Rational.of(10n ** BigInt(places)))
    .add(Rational.of(1n, 2n))
    .floor()
  const value = new Decimal(scaled.toString()).div(new Decimal(10).pow(places))
  const text = value.toFixed(places)
  return percent.isNegative() && !value.isZero() ? `-${text}` : text
}
