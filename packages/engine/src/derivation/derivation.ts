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
  /** Set when a krona was decided by a tie in fractional parts: the ids of every tied part, this one included, in document order. */
  readonly tie?: { readonly parts: readonly string[] }
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
  | { readonly type: 'agreement-cell'; readonly agreement: string; readonly area: string; readonly column: string; readonly unit: string; readonly cell: Decimal; readonly at: SourceRange }
  | { readonly type: 'agreement-rule'; readonly rule: 'each' | 'rest'; readonly title?: string; readonly base: Decimal; readonly weight?: WeightUsed; readonly amount: Decimal; readonly rounding?: RoundingEffect; readonly at: SourceRange }
  | { readonly type: 'fund'; readonly fund: string; readonly amount: Decimal; readonly terms?: readonly DerivedFundTerm[]; readonly at: SourceRange }
  | { readonly type: 'step'; readonly section: string; readonly step: number; readonly title?: string; readonly available: Decimal; readonly at: SourceRange }
  | { readonly type: 'amount'; readonly amount: Decimal; readonly at: SourceRange }
  | { readonly type: 'each'; readonly each: Decimal; readonly members: number; readonly amount: Decimal; readonly at: SourceRange }
  | { readonly type: 'share'; readonly share: Rational; readonly base: Decimal; readonly amount: Decimal; readonly rounding: RoundingEffect; readonly at: SourceRange }
  | { readonly type: 'rest'; readonly base: Decimal; readonly amount: Decimal; readonly at: SourceRange }
  | { readonly type: 'split'; readonly by: string; readonly member: string; readonly base: Decimal; readonly weight?: WeightUsed; readonly amount: Decimal; readonly rounding: RoundingEffect; readonly at: SourceRange }

/** The chain of steps that produced one amount. */
export type Derivation = readonly DerivationStep[]
