import type { Decimal } from 'decimal.js'
import { joinWords, type Language } from '@fordela/parser'
import type { RoundingEffect } from '../derivation/derivation.js'
import { formatExactFigure, formatFigure } from './format-figures.js'

/**
 * The end of a division's arithmetic: "= 9 497 504,67 → 9 497 505 (största
 * rest)", or "= 6 469 648" when it came out whole. A krona decided by a tie
 * names the parts it tied with and says the document order decided.
 *
 * @param self the id of the part this amount is, left out of the tie's names
 * @param name names a tied part by its id
 */
export function describeRounding(
  rounding: RoundingEffect,
  amount: Decimal,
  self: string,
  name: (id: string) => string,
  lang: Language,
): string {
  const exact = `= ${formatExactFigure(rounding.exact)}`
  if (rounding.exact.den === 1n) return exact
  return `${exact} → ${formatFigure(amount)} (${describePolicy(rounding, self, name, lang)})`
}

function describePolicy(rounding: RoundingEffect, self: string, name: (id: string) => string, lang: Language): string {
  switch (rounding.policy) {
    case 'largest-remainder': {
      const others = (rounding.tie?.parts ?? []).filter((part) => part !== self).map(name)
      if (others.length === 0) return lang === 'sv' ? 'största rest' : 'largest remainder'
      return lang === 'sv'
        ? `lika rest som ${joinWords(others, 'och')}; dokumentordning avgjorde`
        : `same remainder as ${joinWords(others, 'and')}; document order decided`
    }
    case 'half-up':
      return lang === 'sv' ? 'avrundat till närmaste krona' : 'rounded to the nearest krona'
    case 'floor':
      return lang === 'sv' ? 'avrundat nedåt' : 'rounded down'
  }
}
