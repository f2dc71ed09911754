import type { Decimal } from 'decimal.js'
import type { AgreementDocument, Diagnostic, SourceRange } from '@fordela/parser'
import type { Derivation } from '../derivation/derivation.js'

/** One unit's (län's, kommun's, recipient's) amount of one agreement cell. */
export interface UnitAmount {
  /** The unit's id in the column's dataset (länskod, kommun name), or the column id for a single recipient. */
  readonly unit: string
  readonly name: string
  /** Sum of what every rule of the cell gave the unit, whole kronor. */
  readonly amount: Decimal
  /** The agreement cell, then one step per rule, each with its weight and rounding. */
  readonly derivation: Derivation
}

/** One cell of the national table, distributed over its column's units. */
export interface CellEvaluation {
  readonly area: string
  readonly column: string
  /** The cell's amount as the agreement states it. */
  readonly amount: Decimal
  /** Every unit of the column in dataset order; empty when the cell is not complete. */
  readonly units: readonly UnitAmount[]
  /**
   * What the units did not receive: the cell minus the sum of the units' amounts.
   * Non-zero when a rounding policy is not exhaustive or the rules do not fit the
   * cell (negative when they give out more); the whole cell when not complete.
   */
  readonly residual: Decimal
  /** False when data, a rule or the column was missing, so no unit amount could honestly be worked out. */
  readonly complete: boolean
  readonly at: SourceRange
}

/** The national table evaluated with its datasets, and what its own checks found. */
export interface AgreementEvaluation {
  readonly agreement: AgreementDocument
  /** Every cell, area by area in document order, cells in document order. */
  readonly cells: readonly CellEvaluation[]
  /** One unit's amount of one cell, or undefined when the cell, unit or its amount is unknown. */
  unitAmount(area: string, column: string, unit: string): UnitAmount | undefined
  readonly diagnostics: readonly Diagnostic[]
}
