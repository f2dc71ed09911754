import type { Decimal } from 'decimal.js'
import { createDiagnostic, suggestClosest, type Diagnostic, type Located } from '@fordela/parser'
import type { AllocationEvaluation } from '../allocation/allocation-evaluation.js'
import type { PlaceholderExpr, PlaceholderRef } from './placeholder.js'
import { listPartyIds } from '../allocation/party-index.js'

/** What a placeholder stands for once the allocation is computed. */
export type PlaceholderValue =
  | { readonly type: 'kronor'; readonly value: Decimal }
  | { readonly type: 'year'; readonly value: number }
  | { readonly type: 'ratio'; readonly left: Decimal; readonly right: Decimal }

/** A placeholder's value, and why there is none. */
export interface ResolvedPlaceholder {
  /**
   * Absent when an id is unknown (reported here) or an amount cannot be
   * computed (a fund without a usable amount, parties that could not be read:
   * reported where that happened, not again here).
   */
  readonly value?: PlaceholderValue
  readonly diagnostics: readonly Diagnostic[]
}

type Kind = 'fund' | 'section' | 'party'

/** How many known ids a finding lists before it cuts the list short. */
const KNOWN_LISTED = 12

/**
 * Computes the value of a placeholder's expression: kronor for `total`,
 * `fund.…`, `section.…` and `party.…`; the year for `year`; both amounts of
 * a ratio. An unknown fund, section or party id is `prose/unknown-placeholder`
 * at the id, with the closest known id as a suggestion.
 */
export function resolvePlaceholder(expr: PlaceholderExpr, evaluation: AllocationEvaluation): ResolvedPlaceholder {
  if (expr.type !== 'ratio') {
    const resolved = resolveRef(expr, evaluation)
    if (resolved.value === undefined) return { diagnostics: resolved.diagnostics }
    const value: PlaceholderValue =
      typeof resolved.value === 'number' ? { type: 'year', value: resolved.value } : { type: 'kronor', value: resolved.value }
    return { value, diagnostics: resolved.diagnostics }
  }
  const left = resolveRef(expr.left, evaluation)
  const right = resolveRef(expr.right, evaluation)
  const diagnostics = [...left.diagnostics, ...right.diagnostics]
  if (typeof left.value !== 'object' || typeof right.value !== 'object') return { diagnostics }
  return { value: { type: 'ratio', left: left.value, right: right.value }, diagnostics }
}

interface ResolvedRef {
  readonly value?: Decimal | number
  readonly diagnostics: readonly Diagnostic[]
}

function resolveRef(ref: PlaceholderRef, evaluation: AllocationEvaluation): ResolvedRef {
  switch (ref.type) {
    case 'total':
      return { value: evaluation.total, diagnostics: [] }
    case 'year':
      return { value: evaluation.allocation.year.value, diagnostics: [] }
    case 'fund': {
      const fund = evaluation.funds.find((candidate) => candidate.fund.id.value === ref.fund.value)
      if (!fund) return unknown('fund', ref.fund, evaluation.funds.map((candidate) => candidate.fund.id.value))
      return fund.amount ? { value: fund.amount, diagnostics: [] } : { diagnostics: [] }
    }
    case 'section': {
      const section = findSection(ref.section.value, evaluation)
      return section ? { value: section.total, diagnostics: [] } : unknownSection(ref.section, evaluation)
    }
    case 'party': {
      if (ref.section && !findSection(ref.section.value, evaluation)) return unknownSection(ref.section, evaluation)
      // Without a parties document every party is unknown; that is reported where the document is referenced.
      if (!evaluation.parties) return { diagnostics: [] }
      if (!evaluation.party(ref.party.value)) return unknown('party', ref.party, listPartyIds(evaluation.parties))
      return { value: evaluation.totalFor(ref.party.value, ref.section?.value), diagnostics: [] }
    }
  }
}

function findSection(id: string, evaluation: AllocationEvaluation) {
  return evaluation.sections.find((candidate) => candidate.section.id.value === id)
}

function unknownSection(id: Located<string>, evaluation: AllocationEvaluation): ResolvedRef {
  return unknown('section', id, evaluation.sections.map((candidate) => candidate.section.id.value))
}

function unknown(kind: Kind, id: Located<string>, known: readonly string[]): ResolvedRef {
  const suggestions = suggestClosest(id.value, known)
  const listed = known.length > KNOWN_LISTED ? [...known.slice(0, KNOWN_LISTED), '…'] : known
  const args = { kind, id: id.value, suggestion: suggestions[0] ?? '', known: listed.join(', ') }
  return { diagnostics: [createDiagnostic('prose/unknown-placeholder', args, id.at, { suggestions })] }
}
