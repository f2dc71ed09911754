import type { Decimal } from 'decimal.js'
import type { AllocationDocument, Fund, Located } from '@fordela/parser'
import type { Derivation } from '../derivation/derivation.js'
import type { AgreementLookup } from './evaluate-fund.js'

/**
 * What reading the county's amount of the agreement cell a fund names
 * (`from:`) found: the amount, or what is missing on the way to it.
 * `check-fund-cells.ts` reports the missing ones.
 */
export type CellReading =
  | { readonly type: 'found'; readonly amount: Decimal; readonly derivation: Derivation }
  /** The reference names no agreement that can be read; the workspace reports it. */
  | { readonly type: 'unresolved' }
  | { readonly type: 'missing-agreement' }
  | { readonly type: 'missing-county' }
  | { readonly type: 'unknown-area'; readonly known: readonly string[] }
  | { readonly type: 'unknown-column'; readonly known: readonly string[] }
  | { readonly type: 'incomplete-cell'; readonly area: string }
  | { readonly type: 'unknown-unit'; readonly unit: Located<string>; readonly known: readonly string[] }

/**
 * Reads the county's unit amount of the agreement cell `fund.from` names:
 * its agreement (the fund's own or the allocation's), area, column and the
 * unit (the fund's or the allocation's county).
 */
export function readAgreementCell(
  from: NonNullable<Fund['from']>,
  allocation: AllocationDocument,
  lookupAgreement: AgreementLookup,
): CellReading {
  const ref = from.agreement ?? allocation.agreement
  if (!ref) return { type: 'missing-agreement' }
  const evaluation = lookupAgreement(ref)
  if (!evaluation) return { type: 'unresolved' }
  const unit = from.unit ?? allocation.county
  if (!unit) return { type: 'missing-county' }
  const agreement = evaluation.agreement
  const area = agreement.areas.find((candidate) => candidate.id.value === from.area.value)
  if (!area) return { type: 'unknown-area', known: agreement.areas.map((candidate) => candidate.id.value) }
  const cell = area.cells.find((candidate) => candidate.column.value === from.column.value)
  if (!cell) return { type: 'unknown-column', known: area.cells.map((candidate) => candidate.column.value) }
  const unitAmount = evaluation.unitAmount(area.id.value, cell.column.value, unit.value)
  if (unitAmount) return { type: 'found', amount: unitAmount.amount, derivation: unitAmount.derivation }
  const cellEvaluation = evaluation.cells.find((c) => c.area === area.id.value && c.column === cell.column.value)
  if (cellEvaluation?.complete === false) return { type: 'incomplete-cell', area: area.id.value }
  return { type: 'unknown-unit', unit, known: cellEvaluation?.units.map((u) => u.unit) ?? [] }
}
