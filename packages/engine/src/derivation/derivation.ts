import type { Decimal } from 'decimal.js'
import type { Rational, RoundingPolicy, SourceRange } from '@fordela/parser'

/** Format version of derivations as data (`fordela explain --format json`). */
export const derivationFormatVersion = 1

/** What rounding did to one part of a division. */
export interface RoundingEffect {
  readonly policy: RoundingPolicy
  /** The part's exact value before rounding. */
  readonly exact: Rational
  /** Kronor added (+) or removed (−) relative to the floor of the exact value. */
  readonly delta: Decimal
  /** `largest-remainder`, when the division had kronor left over after flooring: who got them and where this part ranked. */
  readonly leftover?: LeftoverKronor
  /** Set when a tie in fractional parts decided a krona this part took part in, whether it won or lost. */
  readonly tie?: RoundingTie
}

/**
 * The kronor `largest-remainder` had left after flooring every part of one
 * division, and where this part's remainder ranked. Part ids are the
 * division's recipients (parties, members, units); the remainder a step
 * leaves for its `rest` line or later steps has no id and is flagged instead.
 */
export interface LeftoverKronor {
  /** Kronor left over after every part was rounded down; each went to one part. */
  readonly kronor: number
  /** How many parts had a remainder above 0 and so competed for them. */
  readonly competing: number
  /** This part's place when the remainders are ordered largest first (ties in document order); absent when its remainder is 0. */
  readonly rank?: number
  /** The ids of the parts that got a krona, largest remainder first. */
  readonly winners: readonly string[]
  /** Set when the step's remainder (what its rest line or later steps get) got one of them. */
  readonly restWon?: true
}

/** A tie in fractional parts that document order decided. */
export interface RoundingTie {
  /** The ids of every tied part, this one included, in document order. */
  readonly parts: readonly string[]
  /** The ids of the tied parts that got a krona (the first in document order). */
  readonly winners: readonly string[]
  /** Set when the step's remainder was one of the tied parts; it comes last in document order and lost. */
  readonly rest?: true
  /** What decided the tie. */
  readonly decidedBy: 'document-order'
}

/** A weight a division used: one unit's or member's value of a dataset measure. */
export interface WeightUsed {
  readonly dataset: string
  readonly measure: string
  readonly value: Rational
  readonly total: Rational
}

/** One fixed sum a line takes from a `derived: true` fund; the fund's amount is their sum. */
export interface DerivedFundTerm {
  readonly section: string
  readonly to: string
  readonly amount: Decimal
  readonly at: SourceRange
}

/**
 * One link of the chain that explains an amount, outermost first: the fund,
 * then the step, the line's rule, a split by weight, a child line, and the
 * rounding that made it whole kronor.
 */
export type DerivationStep =
  | {
      readonly type: 'agreement-cell'
      readonly agreement: string
      readonly area: string
      readonly column: string
      readonly unit: string
      readonly cell: Decimal
      readonly at: SourceRange
    }
  | {
      readonly type: 'agreement-rule'
      readonly rule: 'each' | 'rest'
      readonly title?: string
      readonly base: Decimal
      readonly weight?: WeightUsed
      readonly amount: Decimal
      readonly rounding?: RoundingEffect
      readonly at: SourceRange
    }
  | {
      readonly type: 'fund'
      readonly fund: string
      readonly amount: Decimal
      readonly terms?: readonly DerivedFundTerm[]
      readonly at: SourceRange
    }
  | {
      readonly type: 'step'
      readonly section: string
      readonly step: number
      readonly title?: string
      readonly available: Decimal
      readonly at: SourceRange
    }
  | { readonly type: 'amount'; readonly amount: Decimal; readonly at: SourceRange }
  | {
      readonly type: 'each'
      readonly each: Decimal
      readonly members: number
      readonly amount: Decimal
      readonly at: SourceRange
    }
  | {
      readonly type: 'share'
      readonly share: Rational
      readonly base: Decimal
      readonly amount: Decimal
      readonly rounding: RoundingEffect
      readonly at: SourceRange
    }
  | { readonly type: 'rest'; readonly base: Decimal; readonly amount: Decimal; readonly at: SourceRange }
  | {
      readonly type: 'split'
      readonly by: string
      readonly member: string
      readonly base: Decimal
      readonly weight?: WeightUsed
      readonly amount: Decimal
      readonly rounding: RoundingEffect
      readonly at: SourceRange
    }

/** The chain of steps that produced one amount. */
export type Derivation = readonly DerivationStep[]
