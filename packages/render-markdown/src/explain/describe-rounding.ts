import { Decimal } from 'decimal.js'
import type { LeftoverKronor, RoundingEffect, RoundingTie } from '@fordela/engine'
import { formatKronor, joinFirstWords, type Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'

/** Parts named in one list (the parts that got a leftover krona, a tie's parts); the rest are counted. */
export const TIED_PARTS_NAMED = 10

/** How a rounding is told: in which language, how parts are named, how figures are spaced. */
export interface RoundingWords {
  readonly lang: Language
  /** Names a part of the division by its id (a recipient, a member, a unit). */
  readonly name: (id: string) => string
  /** No-break spaces in figures (the memo), or plain ones (a terminal trace). */
  readonly space: 'nbsp' | 'plain'
  /** The whole kronor the part came to, when the sentence says it ("avrundat nedåt till 3 kr"). */
  readonly to?: string
}

/**
 * What rounding did to one part of a division, the one wording of both
 * `fordela explain` and the memo's appendix: the direction, and under
 * `largest-remainder` how many kronor were left over after flooring, that
 * they went one at a time to the largest decimals and to which parts, where
 * this part's decimals ranked, and which tie document order decided:
 * "avrundat uppåt: när alla delar avrundats nedåt blev 2 kronor över, och de
 * gick en i taget till de delar som hade störst decimaler (VGR och
 * Kommunalförbunden), och decimalerna här kom på plats 1 av 3; decimalerna
 * var lika stora för VGR, Kommunalförbunden och Vårdsamverkansområdena, och
 * ordningen i dokumentet avgjorde". The caller leaves it out when the exact
 * value was whole.
 */
export function describeRounding(rounding: RoundingEffect, words: RoundingWords): string {
  const { lang } = words
  const up = rounding.delta.isPositive() && !rounding.delta.isZero()
  const rounded = `${say(lang, up ? messages.explain.roundedUp : messages.explain.roundedDown)}${words.to === undefined ? '' : say(lang, messages.explain.roundedTo, { amount: words.to })}`
  const leftover = rounding.leftover
  if (rounding.policy !== 'largest-remainder' || !leftover) return rounded
  const kronor =
    leftover.kronor === 1
      ? say(lang, messages.explain.leftoverOne)
      : say(lang, messages.explain.leftoverMany, {
          kronor: formatKronor(new Decimal(leftover.kronor), { unit: 'none', space: words.space }),
        })
  const rank =
    leftover.rank === undefined
      ? ''
      : say(lang, messages.explain.rank, { rank: leftover.rank, competing: leftover.competing })
  return `${rounded}: ${kronor} (${listWinners(leftover, words)})${rank}${rounding.tie ? describeTie(rounding.tie, words) : ''}`
}

/** "VGR, Kommunalförbunden och resten": the parts that got a krona, largest decimals first; only the first are named. */
function listWinners(leftover: LeftoverKronor, { lang, name }: RoundingWords): string {
  const count = leftover.winners.length + (leftover.restWon ? 1 : 0)
  const named = leftover.winners.slice(0, TIED_PARTS_NAMED).map(name)
  if (leftover.restWon && named.length < TIED_PARTS_NAMED) named.push(say(lang, messages.explain.theRest))
  return joinFirstWords(named, count, say(lang, messages.explain.and), (rest) =>
    say(lang, messages.explain.more, { count: rest }),
  )
}

/** "; decimalerna var lika stora för P0, P1 och resten, och ordningen i dokumentet avgjorde"; only the first parts are named, so a tie of thousands stays one line. */
function describeTie(tie: RoundingTie, { lang, name }: RoundingWords): string {
  const count = tie.parts.length + (tie.rest ? 1 : 0)
  const named = tie.parts.slice(0, TIED_PARTS_NAMED).map(name)
  if (tie.rest && named.length < TIED_PARTS_NAMED) named.push(say(lang, messages.explain.theRest))
  const parts = joinFirstWords(named, count, say(lang, messages.explain.and), (rest) =>
    say(lang, messages.explain.more, { count: rest }),
  )
  return say(lang, messages.explain.tie, { parts })
}
