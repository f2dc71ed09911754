import type { Decimal } from 'decimal.js'
import type { Rational } from '@fordela/parser'

/** An amount before and after, and how it changed. */
export interface AmountChange {
  /** Absent when the thing did not exist (or received nothing) before. */
  readonly before?: Decimal
  /** Absent when the thing does not exist (or receives nothing) after. */
  readonly after?: Decimal
  /** `after − before`, an absent side counting as 0. */
  readonly change: Decimal
  /** The change in percent of `before` (`change × 100 / before`, exact); absent when `before` is 0 or absent. */
  readonly percent?: Rational
}

/** One fund's or section's change. */
export interface ComparisonRow extends AmountChange {
  readonly id: string
  /** The title (the newer document's when both have one), else the id. */
  readonly name: string
}

/** One recipient's change: a party, a group (the sum over its members) or a member. */
export interface PartyComparisonRow extends ComparisonRow {
  /** `unknown` for a recipient neither parties document names. */
  readonly kind: 'party' | 'group' | 'member' | 'unknown'
  /** For a member: its group's id. */
  readonly group?: string
}

/** Which allocation a side of a comparison is. */
export interface ComparedAllocation {
  readonly id: string
  readonly title: string
  readonly year: number
  readonly file: string
}

/**
 * Two evaluated allocations side by side, as data. Rows are in the newer
 * allocation's document order, followed by those only the older one has.
 */
export interface AllocationComparison {
  readonly before: ComparedAllocation
  readonly after: ComparedAllocation
  readonly parties: readonly PartyComparisonRow[]
  /**
   * Who gains and who loses in each fund whose money moved between
   * recipients, in fund order: the recipients whose amount from that fund
   * changed. A net change per party can hide a gain in one fund and a loss
   * in another.
   */
  readonly partiesByFund: readonly FundPartyChanges[]
  readonly funds: readonly ComparisonRow[]
  readonly sections: readonly ComparisonRow[]
  /** The sum of all funds. */
  readonly total: AmountChange
}

/** The recipients whose amount from one fund changed. */
export interface FundPartyChanges {
  readonly fund: string
  /** The fund's title (the newer document's when both have one), else its id. */
  readonly name: string
  readonly parties: readonly PartyComparisonRow[]
}
