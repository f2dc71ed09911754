import { Decimal } from 'decimal.js'
import './exact-kronor-precision.js'
import { roundLargestRemainder, type RoundingAdjustment } from './apportion-largest-remainder.js'
import { Rational } from './rational.js'
import type { RoundingPolicy } from './rounding-policy.js'

export type { RoundingAdjustment } from './apportion-largest-remainder.js'

/** An amount divided into whole kronor, with what rounding did. */
export interface Apportionment {
  /** Whole kronor per weight, in the weights' order. */
  readonly parts: readonly Decimal[]
  /** Each part's exact value, total × wᵢ / Σw. */
  readonly exact: readonly Rational[]
  /**
   * total − Σparts: 0 under `largest-remainder` (unless every weight is 0),
   * any whole number under `half-up`, and from 0 to below the number of parts under `floor`.
   */
  readonly residual: Decimal
  /** The kronor `largest-remainder` handed out above the floors; empty for the other policies. */
  readonly adjustments: readonly RoundingAdjustment[]
  /**
   * `largest-remainder` only: how the kronor left over after flooring were
   * decided, so an explanation can say where each part's remainder ranked.
   */
  readonly ranking?: RemainderRanking
}

/** How `largest-remainder` ranked the fractional parts of one division. */
export interface RemainderRanking {
  /** Each part's place by fractional part, largest first, ties in index order; undefined for a whole part. */
  readonly ranks: readonly (number | undefined)[]
  /** How many parts had a fractional part above 0. */
  readonly competing: number
  /** The equal fractional parts that straddled the cut, winners and losers, in index order; empty when no tie decided a krona. */
  readonly tieGroup: readonly number[]
}

const HALF = Rational.of(1, 2)

/**
 * Divides `total` in proportion to `weights` and rounds each part to whole
 * kronor by `policy`:
 * - `largest-remainder` floors every part and hands the kronor left over one
 *   by one to the largest fractional parts, ties in document order (lower
 *   index first), recording every krona in `adjustments`; the parts add up
 *   to the total exactly;
 * - `half-up` rounds each part on its own, halves up; `floor` floors each
 *   part. Both may leave a `residual` for the caller to report.
 *
 * When the weights add up to 0 (all zero, or none) nothing can be divided:
 * every part is 0 and the residual is the whole total, for the caller to report.
 *
 * @example
 * const third = Rational.of(1, 3)
 * apportion(new Decimal(28492514), [third, third, third], 'largest-remainder')
 * // parts 9 497 505, 9 497 505, 9 497 504: the two kronor left over are ties, decided for index 0 and 1
 * @throws RangeError when `total` is not whole kronor ≥ 0 or a weight is negative (programmer misuse:
 *   literals are validated when they are parsed).
 */
export function apportion(total: Decimal, weights: readonly Rational[], policy: RoundingPolicy): Apportionment {
  const whole = toWholeKronor(total)
  if (weights.some((weight) => weight.isNegative())) throw new RangeError('apportion: weights must not be negative')
  const sum = Rational.sum(weights)
  if (sum.isZero()) {
    return {
      parts: weights.map(() => new Decimal(0)),
      exact: weights.map(() => Rational.ZERO),
      residual: total,
      adjustments: [],
    }
  }
  const scale = Rational.of(whole).div(sum)
  const exact = weights.map((weight) => weight.mul(scale))
  if (policy === 'largest-remainder') {
    const { parts, adjustments, ranks, competing, tieGroup } = roundLargestRemainder(whole, exact)
    const residual = whole - parts.reduce((sum, part) => sum + part, 0n)
    return {
      parts: parts.map(toDecimal),
      exact,
      residual: toDecimal(residual),
      adjustments,
      ranking: { ranks, competing, tieGroup },
    }
  }
  const parts = exact.map((value) => (policy === 'half-up' ? value.add(HALF) : value).floor())
  const residual = whole - parts.reduce((sum, part) => sum + part, 0n)
  return { parts: parts.map(toDecimal), exact, residual: toDecimal(residual), adjustments: [] }
}

/** Shares of one amount, rounded, with what is left of it. */
export interface ShareSplit {
  /** Whole kronor per share, in the shares' order. */
  readonly parts: readonly Decimal[]
  /** Each part's exact value, total × share. */
  readonly exact: readonly Rational[]
  /** What the shares leave (0 when they add up to 1), so parts + remainder + residual is the total to the krona. */
  readonly remainder: Decimal
  /** The remainder's exact value, total × (1 − Σshares). */
  readonly remainderExact: Rational
  /**
   * Kronor the rounding lost (> 0) or invented (< 0): shares that add up to
   * exactly 1 under `half-up` or `floor`, or shares rounded half up above what
   * the total holds. Otherwise the remainder absorbs the rounding.
   */
  readonly residual: Decimal
  /** As in {@link Apportionment}; index `shares.length` is the remainder. */
  readonly adjustments: readonly RoundingAdjustment[]
  /** As in {@link Apportionment}; index `shares.length` is the remainder. */
  readonly ranking?: RemainderRanking
}

/**
 * Splits `total` by shares that may add up to less than 1 (a step whose
 * lines leave something for later steps). What the shares leave is one more,
 * implicit part after the last share. Under `largest-remainder` it takes part
 * in the rounding like the others (last in document order, so it loses ties);
 * under `half-up` and `floor` it keeps whatever the rounded shares leave.
 * Either way, when the shares add up to less than 1, parts + remainder == total
 * to the krona; when they add up to exactly 1 there is no remainder and
 * `residual` is what {@link apportion} reports.
 *
 * @example
 * splitByShares(new Decimal(10), [Rational.of(1, 3), Rational.of(1, 3)], 'largest-remainder')
 * // exact 10/3, 10/3 and 10/3 left: parts 4 and 3, remainder 3 (the tie goes to index 0)
 * @throws RangeError when the shares add up to more than 1 (the caller reports that first)
 *   or as {@link apportion} does.
 */
export function splitByShares(total: Decimal, shares: readonly Rational[], policy: RoundingPolicy): ShareSplit {
  const left = Rational.ONE.sub(Rational.sum(shares))
  if (left.isNegative())
    throw new RangeError(`splitByShares: the shares add up to more than 1 (${Rational.ONE.sub(left)})`)
  const result = apportion(total, left.isZero() ? shares : [...shares, left], policy)
  const parts = result.parts.slice(0, shares.length)
  const assigned = parts.reduce((sum, part) => sum + BigInt(part.toFixed()), 0n)
  const unassigned = toDecimal(toWholeKronor(total) - assigned)
  const zero = new Decimal(0)
  // half-up can round the shares above what the total holds: the remainder is
  // then empty and the invented kronor are the residual, never a negative rest.
  const remainder = left.isZero() ? zero : Decimal.max(unassigned, zero)
  return {
    parts,
    exact: result.exact.slice(0, shares.length),
    remainder,
    remainderExact: result.exact[shares.length] ?? Rational.ZERO,
    residual: unassigned.minus(remainder),
    adjustments: result.adjustments,
    ...(result.ranking ? { ranking: result.ranking } : {}),
  }
}

function toWholeKronor(amount: Decimal): bigint {
  if (!amount.isInteger() || amount.lt(0)) {
    throw new RangeError(`apportion: ${amount.toString()} is not a whole number of kronor ≥ 0`)
  }
  return BigInt(amount.toFixed())
}

function toDecimal(value: bigint): Decimal {
  return new Decimal(value.toString())
}
