import { Rational } from './rational.js'

/** One krona that rounding moved onto a part, and why. */
export interface RoundingAdjustment {
  /** The part (index into the weights) that received the krona. */
  readonly index: number
  /** +1: one krona more than the floor of the exact value. (-1 is reserved for policies that take kronor away.) */
  readonly delta: 1 | -1
  /**
   * `largest-remainder`: its fractional part was among the largest.
   * `tie`: its fractional part equalled that of parts that did not all get a
   * krona, and document order (lower index first) decided.
   */
  readonly reason: 'largest-remainder' | 'tie'
  /**
   * For a tie: every part with the same fractional part, winners and losers,
   * this one included, in index order; empty otherwise. All winners of one
   * tie share the same array, so a tie among n parts costs O(n), not O(n²).
   */
  readonly tieGroup: readonly number[]
}

/** What {@link roundLargestRemainder} did. */
export interface LargestRemainderRounding {
  readonly parts: bigint[]
  /** One per krona handed out above the floors, largest fraction first. */
  readonly adjustments: RoundingAdjustment[]
  /**
   * Each part's place when the fractional parts above 0 are ordered largest
   * first, ties in index order: 1 is the largest; undefined for a whole part.
   */
  readonly ranks: readonly (number | undefined)[]
  /** How many parts had a fractional part above 0, and so competed for the kronor left over. */
  readonly competing: number
  /**
   * The equal fractional parts that straddled the cut, winners and losers, in
   * index order (empty when no tie decided a krona).
   */
  readonly tieGroup: readonly number[]
}

/**
 * Rounds exact parts that add up to `total` so that the whole parts still do:
 * every part is floored, then the kronor left over go one each to the parts
 * with the largest fractional parts, ties to the lower index. Only the
 * fractional parts that are not zero are sorted.
 *
 * @param total the whole number of kronor the exact parts add up to
 * @param exact non-negative parts whose sum is `total`
 * @returns the whole parts and one adjustment per krona handed out, largest fraction first
 */
export function roundLargestRemainder(total: bigint, exact: readonly Rational[]): LargestRemainderRounding {
  const parts = exact.map((value) => value.floor())
  const fractions = exact.map((value, index) => value.sub(Rational.of(parts[index] ?? 0n)))
  const fractionOf = (index: number): Rational => fractions[index] ?? Rational.ZERO
  const candidates: number[] = []
  fractions.forEach((fraction, index) => {
    if (!fraction.isZero()) candidates.push(index)
  })
  candidates.sort((a, b) => fractionOf(b).compare(fractionOf(a)) || a - b)

  // The fractions add up to the leftover and each is below 1, so there are more candidates than winners.
  const winners = Number(total - parts.reduce((sum, part) => sum + part, 0n))
  const lastWinner = candidates[winners - 1]
  const firstLoser = candidates[winners]
  const cutoff = lastWinner === undefined ? undefined : fractionOf(lastWinner)
  // Only the group of equal fractions that straddles the cut decided anything; it is in index order.
  const tieGroup =
    cutoff !== undefined && firstLoser !== undefined && fractionOf(firstLoser).equals(cutoff)
      ? candidates.filter((index) => fractionOf(index).equals(cutoff))
      : []
  const tied = new Set(tieGroup)

  const adjustments: RoundingAdjustment[] = []
  for (const index of candidates.slice(0, winners)) {
    parts[index] = (parts[index] ?? 0n) + 1n
    const tie = tied.has(index)
    adjustments.push({
      index,
      delta: 1,
      reason: tie ? 'tie' : 'largest-remainder',
      tieGroup: tie ? tieGroup : [],
    })
  }
  const ranks: (number | undefined)[] = exact.map(() => undefined)
  candidates.forEach((index, place) => {
    ranks[index] = place + 1
  })
  return { parts, adjustments, ranks, competing: candidates.length, tieGroup }
}
