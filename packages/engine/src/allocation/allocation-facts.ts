import type { Decimal } from 'decimal.js'
import type { AllocationLine, Fund, Rational, SourceRange } from '@fordela/parser'
import type { CellReading } from './read-agreement-cell.js'
import type { MemberWeights } from './member-weights.js'

/** A share line left out of its pot: the shares passed the whole, or their exact sum grew too long to add. */
export type RefusedShare =
  | { readonly reason: 'exceeds-whole'; readonly at: SourceRange; readonly total: Rational }
  | { readonly reason: 'too-long'; readonly at: SourceRange }

/** Kronor a rounding policy did not divide exactly: left over (positive) or handed out beyond the amount (negative). */
export interface RoundingResidual {
  /** The amount divided minus the sum of its rounded parts. */
  readonly residual: Decimal
  readonly fund: string
  readonly at: SourceRange
}

/** A split of money among members whose weights are all zero: nobody receives it. */
export interface WeightlessSplit {
  readonly group: string
  readonly by: string
  readonly amount: Decimal
  readonly at: SourceRange
}

/**
 * What evaluating an allocation met that a rule may report, recorded where
 * it was computed. The evaluation raises no finding itself: the
 * `check-*.ts` files turn these facts, and the evaluation, into findings.
 */
export interface AllocationFacts {
  /** Each fund with `from:`, and what reading its agreement cell found. */
  readonly cells: { readonly fund: Fund; readonly reading: CellReading }[]
  /** Lines taking a share or the rest of a `derived: true` fund (left out of the evaluation) → that fund. */
  readonly derivedFundLines: ReadonlyMap<AllocationLine, string>
  readonly refusedShares: RefusedShare[]
  readonly residuals: RoundingResidual[]
  /** Each group and measure weighed, once, in the order first needed. */
  readonly weighings: MemberWeights[]
  readonly weightlessSplits: WeightlessSplit[]
  /** Fund id → where it ran out: the figure of the first line that took more than was left. */
  readonly overdrawnAt: Map<string, SourceRange>
  /** Fund id → the last line that drew on it (where an unspent fund is pointed). */
  readonly lastDrawnAt: Map<string, SourceRange>
}
