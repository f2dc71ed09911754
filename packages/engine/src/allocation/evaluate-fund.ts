import type { Decimal } from 'decimal.js'
import type { AllocationDocument, DocumentRef, Fund } from '@fordela/parser'
import type { AgreementEvaluation } from '../agreement/index.js'
import type { Derivation, DerivedFundTerm } from '../derivation/derivation.js'
import { readAgreementCell, type CellReading } from './read-agreement-cell.js'

/** A fund's amount and where it came from, before any section spends it. */
export interface FundSource {
  readonly amount?: Decimal
  readonly agreementAmount?: Decimal
  readonly derivation: Derivation
  /** For a fund with `from:`, what reading its agreement cell found. */
  readonly cell?: CellReading
}

/** Finds the evaluated agreement a reference names. */
export type AgreementLookup = (ref: DocumentRef) => AgreementEvaluation | undefined

/** A `derived: true` fund's amount: the sum of the fixed sums its lines take. */
export interface DerivedAmount {
  readonly amount: Decimal
  readonly terms: readonly DerivedFundTerm[]
}

/**
 * Works out a fund's amount: its explicit `amount`, else its county's cell
 * of the agreement (when both are given, `check-fund-agreement-amount.ts`
 * compares them); for a `derived: true` fund, the sum of its lines
 * (`derived`, computed beforehand).
 */
export function evaluateFund(
  fund: Fund,
  allocation: AllocationDocument,
  lookupAgreement: AgreementLookup,
  derived?: DerivedAmount,
): FundSource {
  if (fund.derived && derived) {
    return {
      amount: derived.amount,
      derivation: [{ type: 'fund', fund: fund.id.value, amount: derived.amount, terms: derived.terms, at: fund.at }],
    }
  }
  const cell = fund.from ? readAgreementCell(fund.from, allocation, lookupAgreement) : undefined
  const fromCell = cell?.type === 'found' ? cell : undefined
  const amount = fund.amount?.value ?? fromCell?.amount
  const derivation: Derivation = [
    ...(fromCell?.derivation ?? []),
    ...(amount ? [{ type: 'fund' as const, fund: fund.id.value, amount, at: fund.at }] : []),
  ]
  return {
    ...(amount ? { amount } : {}),
    ...(fromCell ? { agreementAmount: fromCell.amount } : {}),
    derivation,
    ...(cell ? { cell } : {}),
  }
}
