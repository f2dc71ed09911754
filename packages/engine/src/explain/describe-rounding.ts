import type { Decimal } from 'decimal.js'
import { joinFirstWords, type Language } from '@fordela/parser'
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

/** Tied parts named at one winner; the rest are counted, so a tie among thousands stays one line each. */
export const TIED_PARTS_NAMED = 10

function describePolicy(rounding: RoundingEffect, self: string, name: (id: string) => string, lang: Language): string {
  switch (rounding.policy) {
    case 'largest-remainder': {
      const parts = rounding.tie?.parts ?? []
      // The tie's parts include this one (derivation.ts): look at one more than are named, never the whole tie.
      const named = parts.slice(0, TIED_PARTS_NAMED + 1).filter((part) => part !== self).slice(0, TIED_PARTS_NAMED).map(name)
      const others = Math.max(parts.length - 1, 0)
      if (others === 0) return lang === 'sv' ? 'största rest' : 'largest remainder'
      return lang === 'sv'
        ? `lika rest som ${joinFirstWords(named, others, 'och', (rest) => `${rest} till`)}; dokumentordning avgjorde`
        : `same remainder as ${joinFirstWords(named, others, 'and', (rest) => `${rest} more`)}; document order decided`
    }
    case 'half-up':
      return lang === 'sv' ? 'avrundat till närmaste krona' : 'rounded to the nearest krona'
    case 'floor':
      return lang === 'sv' ? 'avrundat nedåt' : 'rounded down'
  }
}
