import { Decimal } from 'decimal.js'
import { Rational, type Apportionment, type RoundingPolicy } from '@fordela/parser'
import type { LeftoverKronor, RoundingEffect, RoundingTie } from './derivation.js'

/** An apportionment's rounding, whatever produced it: {@link apportion} or `splitByShares`. */
type Rounded = Pick<Apportionment, 'parts' | 'exact' | 'adjustments' | 'ranking'>

/**
 * Builds each part's {@link RoundingEffect} from one apportionment: its exact
 * value and delta and, under `largest-remainder`, who got the kronor left
 * over, where this part's remainder ranked, and the tie (if any) that
 * document order decided, winners and losers alike. Lists of ids are built
 * once per division and shared by its parts, so a division among thousands
 * costs linear time and memory.
 *
 * @param idOf a part's id, or undefined for the remainder a step leaves (index `shares.length` of `splitByShares`)
 */
export function recordRounding(
  result: Rounded,
  policy: RoundingPolicy,
  idOf: (index: number) => string | undefined,
): (index: number) => RoundingEffect {
  const ranking = result.ranking
  const winnerIndexes = result.adjustments.map((adjustment) => adjustment.index)
  const leftover =
    ranking && winnerIndexes.length > 0 ? describeLeftover(winnerIndexes, ranking.competing, idOf) : undefined
  const tie =
    ranking && ranking.tieGroup.length > 0 ? describeTie(ranking.tieGroup, new Set(winnerIndexes), idOf) : undefined
  const tied = new Set(ranking?.tieGroup ?? [])
  return (index) => {
    const exact = result.exact[index] ?? Rational.ZERO
    const amount = result.parts[index] ?? new Decimal(0)
    const rank = ranking?.ranks[index]
    return {
      policy,
      exact,
      delta: amount.minus(exact.floor().toString()),
      ...(leftover ? { leftover: rank === undefined ? leftover : { ...leftover, rank } } : {}),
      ...(tie && tied.has(index) ? { tie } : {}),
    }
  }
}

function describeLeftover(
  winnerIndexes: readonly number[],
  competing: number,
  idOf: (index: number) => string | undefined,
): LeftoverKronor {
  const winners: string[] = []
  let restWon = false
  for (const index of winnerIndexes) {
    const id = idOf(index)
    if (id === undefined) restWon = true
    else winners.push(id)
  }
  return { kronor: winnerIndexes.length, competing, winners, ...(restWon ? { restWon: true as const } : {}) }
}

function describeTie(
  group: readonly number[],
  winning: ReadonlySet<number>,
  idOf: (index: number) => string | undefined,
): RoundingTie {
  const parts: string[] = []
  const winners: string[] = []
  let rest = false
  for (const index of group) {
    const id = idOf(index)
    if (id === undefined) rest = true
    else {
      parts.push(id)
      if (winning.has(index)) winners.push(id)
    }
  }
  return { parts, winners, ...(rest ? { rest: true as const } : {}), decidedBy: 'document-order' }
}
