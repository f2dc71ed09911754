import { Decimal } from 'decimal.js'
import {
  createDiagnostic,
  formatKronor,
  relatedAt,
  suggestClosest,
  type AllocationDocument,
  type Diagnostic,
  type DocumentRef,
  type Fund,
} from '@fordela/parser'
import type { AgreementEvaluation } from '../agreement/index.js'
import type { Derivation, DerivedFundTerm } from '../derivation/derivation.js'

/** A fund's amount and where it came from, before any section spends it. */
export interface FundSource {
  readonly amount?: Decimal
  readonly agreementAmount?: Decimal
  readonly derivation: Derivation
  readonly diagnostics: readonly Diagnostic[]
}

/** Finds the evaluated agreement a reference names. */
export type AgreementLookup = (ref: DocumentRef) => AgreementEvaluation | undefined

/** A `derived: true` fund's amount: the sum of the fixed sums its lines take. */
export interface DerivedAmount {
  readonly amount: Decimal
  readonly terms: readonly DerivedFundTerm[]
}

/**
 * Works out a fund's amount: its explicit `amount`, its county's cell of the
 * agreement, or both — then they must agree exactly, or within a tolerance
 * that the spec states with its reason; for a `derived: true` fund, the sum
 * of its lines (`derived`, computed beforehand).
 */
export function evaluateFund(fund: Fund, allocation: AllocationDocument, lookupAgreement: AgreementLookup, derived?: DerivedAmount): FundSource {
  if (fund.derived && derived) {
    return { amount: derived.amount, derivation: [{ type: 'fund', fund: fund.id.value, amount: derived.amount, terms: derived.terms, at: fund.at }], diagnostics: [] }
  }
  const diagnostics: Diagnostic[] = []
  const fromCell = fund.from ? readAgreementCell(fund, allocation, lookupAgreement, diagnostics) : undefined
  const explicit = fund.amount?.value
  const amount = explicit ?? fromCell?.amount
  const derivation: Derivation = [
    ...(fromCell?.derivation ?? []),
    ...(amount ? [{ type: 'fund' as const, fund: fund.id.value, amount, at: fund.at }] : []),
  ]
  if (explicit && fromCell?.amount && fund.amount && fund.from) {
    const difference = explicit.minus(fromCell.amount).abs()
    const allowed = fund.tolerance?.amount.value ?? new Decimal(0)
    const args = {
      fund: fund.id.value,
      stated: formatKronor(explicit, { space: 'plain' }),
      computed: formatKronor(fromCell.amount, { space: 'plain' }),
      difference: formatKronor(difference, { space: 'plain' }),
    }
    if (difference.greaterThan(allowed)) {
      diagnostics.push(
        createDiagnostic('agreement/fund-mismatch', args, fund.amount.at, {
          related: [relatedAt(fund.from.at, { sv: 'överenskommelsens belopp för länet', en: "the agreement's amount for the county" })],
        }),
      )
    } else if (!difference.isZero() && fund.tolerance) {
      diagnostics.push(
        createDiagnostic('agreement/fund-within-tolerance', { ...args, reason: fund.tolerance.reason.value }, fund.tolerance.reason.at),
      )
    }
  }
  return {
    ...(amount ? { amount } : {}),
    ...(fromCell?.amount ? { agreementAmount: fromCell.amount } : {}),
    derivation,
    diagnostics,
  }
}

/** Reads the county's unit amount of the agreement cell a fund names, reporting what is unknown. */
function readAgreementCell(
  fund: Fund,
  allocation: AllocationDocument,
  lookupAgreement: AgreementLookup,
  diagnostics: Diagnostic[],
): { amount?: Decimal; derivation: Derivation } | undefined {
  const from = fund.from
  if (!from) return undefined
  const ref = from.agreement ?? allocation.agreement
  if (!ref) {
    diagnostics.push(createDiagnostic('ref/missing-agreement', { fund: fund.id.value }, from.at))
    return undefined
  }
  const evaluation = lookupAgreement(ref)
  if (!evaluation) return undefined // the unresolved reference is reported by the workspace
  const unit = from.unit ?? allocation.county
  if (!unit) {
    diagnostics.push(createDiagnostic('ref/missing-county', { fund: fund.id.value }, from.at))
    return undefined
  }
  const agreement = evaluation.agreement
  const area = agreement.areas.find((candidate) => candidate.id.value === from.area.value)
  if (!area) {
    const ids = agreement.areas.map((candidate) => candidate.id.value)
    diagnostics.push(unknownIn('ref/unknown-area', from.area.value, ids, from.area.at))
    return undefined
  }
  const cell = area.cells.find((candidate) => candidate.column.value === from.column.value)
  if (!cell) {
    const ids = area.cells.map((candidate) => candidate.column.value)
    diagnostics.push(unknownIn('ref/unknown-column', from.column.value, ids, from.column.at))
    return undefined
  }
  const unitAmount = evaluation.unitAmount(area.id.value, cell.column.value, unit.value)
  const cellEvaluation = evaluation.cells.find((c) => c.area === area.id.value && c.column === cell.column.value)
  if (!unitAmount) {
    if (cellEvaluation?.complete === false) {
      diagnostics.push(createDiagnostic('sum/fund-cell-incomplete', { fund: fund.id.value, area: area.id.value }, from.at))
    } else {
      const ids = cellEvaluation?.units.map((u) => u.unit) ?? []
      diagnostics.push(unknownIn('ref/unknown-unit', unit.value, ids, unit.at))
    }
    return undefined
  }
  return { amount: unitAmount.amount, derivation: unitAmount.derivation }
}

/** An unknown-id diagnostic listing the closest known ids. */
function unknownIn(
  code: 'ref/unknown-area' | 'ref/unknown-column' | 'ref/unknown-unit',
  value: string,
  known: readonly string[],
  at: Fund['id']['at'],
): Diagnostic {
  return createDiagnostic(code, { id: value, known: known.join(', ') }, at, { suggestions: suggestClosest(value, known) })
}
