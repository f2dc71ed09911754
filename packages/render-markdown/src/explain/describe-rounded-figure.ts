import type { Decimal } from 'decimal.js'
import type { RoundingEffect } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { describeRounding } from './describe-rounding.js'
import { formatExactFigure, formatFigure } from './format-figures.js'

/**
 * The end of a division's arithmetic in a trace: "= 6 469 648" when it came
 * out whole, else the exact value, the whole kronor and what rounding did:
 * "= 9 497 504,67 → 9 497 505 (avrundat uppåt: när alla delar avrundats
 * nedåt blev 2 kronor över, …)".
 *
 * @param name names a part of the division by its id
 */
export function describeRoundedFigure(
  rounding: RoundingEffect,
  amount: Decimal,
  name: (id: string) => string,
  lang: Language,
): string {
  const exact = `= ${formatExactFigure(rounding.exact)}`
  if (rounding.exact.den === 1n) return exact
  return `${exact} → ${formatFigure(amount)} (${describeRounding(rounding, { lang, name, space: 'plain' })})`
}
