import type { Decimal } from 'decimal.js'
import { joinFirstWords, type Language } from '@fordela/parser'
import type { LeftoverKronor, RoundingEffect, RoundingTie } from '../derivation/derivation.js'
import { formatExactFigure, formatFigure } from './format-figures.js'

/** Parts named in one list (winners of the leftover kronor, a tie's other parts); the rest are counted. */
export const TIED_PARTS_NAMED = 10

/**
 * The end of a division's arithmetic: "= 6 469 648" when it came out whole,
 * else the exact value, the whole kronor, and what rounding did. Under
 * `largest-remainder` that says whether the part was rounded up or down, how
 * many kronor were left over after flooring and who got them, where this
 * part's decimals ranked, and which tie (if any) document order decided:
 * "= 9 497 504,67 → 9 497 504 (avrundat nedåt: 2 kronor blev över när alla
 * delar avrundats nedåt och gick till VGR och Kommunalförbunden; decimalerna
 * kom på plats 3 av 3, lika stora som för VGR och Kommunalförbunden, och
 * dokumentordningen avgjorde)".
 *
 * @param self the id of the part this amount is: "denna del" in the lists, left out of a tie's other parts
 * @param name names a part by its id
 */
export function describeRounding(rounding: RoundingEffect, amount: Decimal, self: string, name: (id: string) => string, lang: Language): string {
  const exact = `= ${formatExactFigure(rounding.exact)}`
  if (rounding.exact.den === 1n) return exact
  return `${exact} → ${formatFigure(amount)} (${describePolicy(rounding, self, name, lang)})`
}

function describePolicy(rounding: RoundingEffect, self: string, name: (id: string) => string, lang: Language): string {
  const up = rounding.delta.isPositive() && !rounding.delta.isZero()
  switch (rounding.policy) {
    case 'largest-remainder': {
      const direction = lang === 'sv' ? `avrundat ${up ? 'uppåt' : 'nedåt'}` : `rounded ${up ? 'up' : 'down'}`
      if (!rounding.leftover) return direction
      const tie = rounding.tie ? describeTie(rounding.tie, self, name, lang) : ''
      return `${direction}: ${describeLeftover(rounding.leftover, self, name, lang)}${tie}`
    }
    case 'half-up':
      return lang === 'sv' ? 'avrundat till närmaste krona' : 'rounded to the nearest krona'
    case 'floor':
      return lang === 'sv' ? 'avrundat nedåt' : 'rounded down'
  }
}

/** "2 kronor blev över när alla delar avrundats nedåt och gick till denna del och X; decimalerna kom på plats 1 av 3". */
function describeLeftover(leftover: LeftoverKronor, self: string, name: (id: string) => string, lang: Language): string {
  const sv = lang === 'sv'
  const count = leftover.winners.length + (leftover.restWon ? 1 : 0)
  const shown = leftover.winners.slice(0, TIED_PARTS_NAMED).map((id) => (id === self ? (sv ? 'denna del' : 'this part') : name(id)))
  if (leftover.restWon && shown.length < TIED_PARTS_NAMED) shown.push(sv ? 'resten' : 'the rest')
  const winners = sv ? joinFirstWords(shown, count, 'och', (more) => `${more} till`) : joinFirstWords(shown, count, 'and', (more) => `${more} more`)
  const kronor = leftover.kronor === 1 ? (sv ? '1 krona' : '1 krona') : `${leftover.kronor} kronor`
  const rank = leftover.rank === undefined ? '' : sv ? `; decimalerna kom på plats ${leftover.rank} av ${leftover.competing}` : `; its decimals ranked ${leftover.rank} of ${leftover.competing}`
  return sv
    ? `${kronor} blev över när alla delar avrundats nedåt och gick till ${winners}${rank}`
    : `${kronor} ${leftover.kronor === 1 ? 'was' : 'were'} left over after every part was rounded down and went to ${winners}${rank}`
}

/** ", lika stora som för X och resten, och dokumentordningen avgjorde". */
function describeTie(tie: RoundingTie, self: string, name: (id: string) => string, lang: Language): string {
  const sv = lang === 'sv'
  // The tie's parts include this one: look at one more than are named, never the whole tie.
  const named = tie.parts.slice(0, TIED_PARTS_NAMED + 1).filter((part) => part !== self).slice(0, TIED_PARTS_NAMED).map(name)
  const others = Math.max(tie.parts.length - 1, 0) + (tie.rest ? 1 : 0)
  if (tie.rest && named.length < TIED_PARTS_NAMED) named.push(sv ? 'resten' : 'the rest')
  if (others === 0) return ''
  const list = sv ? joinFirstWords(named, others, 'och', (more) => `${more} till`) : joinFirstWords(named, others, 'and', (more) => `${more} more`)
  return sv ? `, lika stora som för ${list}, och dokumentordningen avgjorde` : `, equal to those of ${list}, and document order decided`
}
