import type { Decimal } from 'decimal.js'
import type {
  AllocationDocument,
  AllocationLine,
  AllocationSection,
  Diagnostic,
  Fund,
  Party,
  PartyGroup,
  PartiesDocument,
  SourceRange,
} from '@fordela/parser'
import type { Derivation } from '../derivation/derivation.js'

/** Money to one recipient from one line: the atom every total is summed from. */
export interface Allotment {
  /** Party or group-member id that receives the money. */
  readonly recipient: string
  /** The group the recipient was reached through, if any. */
  readonly group?: string
  readonly fund: string
  readonly section: string
  readonly amount: Decimal
  readonly derivation: Derivation
  /** The line that produced it. */
  readonly at: SourceRange
}

/** A line's computed amount, its recipients and its child lines. */
export interface LineEvaluation {
  readonly line: AllocationLine
  readonly fund: string
  /** The whole line's amount (for `each`, the sum over members). */
  readonly amount: Decimal
  /** For a group line: each member's part, in member order. */
  readonly members: readonly Allotment[]
  readonly children: readonly LineEvaluation[]
  readonly derivation: Derivation
}

/** A step: what its funds held when it started and what its lines took. */
export interface StepEvaluation {
  readonly title?: string
  /** Fund id → amount available when the step started. */
  readonly available: ReadonlyMap<string, Decimal>
  readonly lines: readonly LineEvaluation[]
}

/** A section's steps and the total it distributes. */
export interface SectionEvaluation {
  readonly section: AllocationSection
  readonly steps: readonly StepEvaluation[]
  readonly total: Decimal
}

/** A fund: where its amount came from and how much was spent. */
export interface FundEvaluation {
  readonly fund: Fund
  /** Undefined when neither an amount nor a usable agreement cell exists. */
  readonly amount?: Decimal
  /** The county's cell of the agreement, when the fund names one. */
  readonly agreementAmount?: Decimal
  readonly spent: Decimal
  /** Kronor left unassigned by a non-exhaustive rounding policy. */
  readonly roundingResidual: Decimal
  readonly derivation: Derivation
}

/** Who a party id names in the parties document. */
export type PartyRef =
  | { readonly type: 'party'; readonly party: Party }
  | { readonly type: 'group'; readonly group: PartyGroup }
  | { readonly type: 'member'; readonly party: Party; readonly group: PartyGroup }

/** The evaluated allocation: every krona, where it came from and where it went. */
export interface AllocationEvaluation {
  readonly allocation: AllocationDocument
  readonly parties?: PartiesDocument
  readonly funds: readonly FundEvaluation[]
  readonly sections: readonly SectionEvaluation[]
  readonly allotments: readonly Allotment[]
  /** Sum of all funds' amounts. */
  readonly total: Decimal
  /** Looks up a party, group or member by id. */
  readonly party: (id: string) => PartyRef | undefined
  /** Total to a party, member or (summed over members) group; optionally within one section. */
  readonly totalFor: (id: string, section?: string) => Decimal
  readonly diagnostics: readonly Diagnostic[]
  /**
   * The allocation `previous:` names, for year-over-year claims; set by
   * `evaluateWorkspace` (absent when evaluated on its own).
   */
  readonly previous?: PreviousYear
}

/** The previous year's allocation: evaluated, or why it cannot be (no `previous:`, or it names no allocation that can be read). */
export type PreviousYear =
  | { readonly type: 'evaluated'; readonly evaluation: AllocationEvaluation }
  | { readonly type: 'unavailable'; readonly reason: 'no-reference' | 'not-found' }
