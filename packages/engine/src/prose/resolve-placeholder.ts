import { Decimal } from 'decimal.js'
import { createDiagnostic, suggestClosest, type Diagnostic, type Located } from '@fordela/parser'
import type { AllocationEvaluation, LineEvaluation, PreviousYear } from '../allocation/allocation-evaluation.js'
import { printPlaceholderRef, type CountTarget, type PlaceholderExpr, type PlaceholderRef } from './placeholder.js'
import { listPartyIds } from '../allocation/party-index.js'

/** What a placeholder stands for once the allocation is computed. */
export type PlaceholderValue =
  | { readonly type: 'kronor'; readonly value: Decimal }
  | { readonly type: 'year'; readonly value: number }
  | { readonly type: 'ratio'; readonly left: Decimal; readonly right: Decimal }
  | { readonly type: 'count'; readonly value: number }
  /** `change(ref)`: this year's value minus the previous year's (negative for a decrease). */
  | {
      readonly type: 'change'
      readonly value: Decimal
      readonly now: Decimal
      readonly previous: Decimal
      readonly previousYear: number
    }

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

type Kind = 'fund' | 'section' | 'party' | 'line' | 'group'

/** How many known ids a finding lists before it cuts the list short. */
const KNOWN_LISTED = 12

/**
 * Computes the value of a placeholder's expression: kronor for `total`,
 * `fund.…`, `line.…`, `section.…` and `party.…` (also from one fund); the year for `year`; both amounts of
 * a ratio. An unknown fund, line, section or party id is `prose/unknown-placeholder`
 * at the id, with the closest known id as a suggestion.
 */
export function resolvePlaceholder(expr: PlaceholderExpr, evaluation: AllocationEvaluation): ResolvedPlaceholder {
  if (expr.type === 'count') return resolveCount(expr.of, evaluation)
  if (expr.type === 'change' || expr.type === 'previous') return resolveYearOverYear(expr, evaluation)
  if (expr.type !== 'ratio') {
    const resolved = resolveRef(expr, evaluation)
    if (resolved.value === undefined) return { diagnostics: resolved.diagnostics }
    const value: PlaceholderValue =
      typeof resolved.value === 'number'
        ? { type: 'year', value: resolved.value }
        : { type: 'kronor', value: resolved.value }
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
      if (!fund)
        return unknown(
          'fund',
          ref.fund,
          evaluation.funds.map((candidate) => candidate.fund.id.value),
        )
      return fund.amount ? { value: fund.amount, diagnostics: [] } : { diagnostics: [] }
    }
    case 'line': {
      const lines = listLineEvaluations(evaluation)
      const line = lines.find((candidate) => candidate.line.id?.value === ref.line.value)
      if (line) return { value: line.amount, diagnostics: [] }
      return unknown(
        'line',
        ref.line,
        lines.flatMap((candidate) => candidate.line.id?.value ?? []),
      )
    }
    case 'section': {
      const section = findSection(ref.section.value, evaluation)
      if (!section) return unknownSection(ref.section, evaluation)
      if (!ref.fund) return { value: section.total, diagnostics: [] }
      if (!findFund(ref.fund.value, evaluation)) return unknownFund(ref.fund, evaluation)
      const fund = ref.fund.value
      const lines = section.steps.flatMap((step) => step.lines).filter((line) => line.fund === fund)
      return { value: lines.reduce((sum, line) => sum.plus(line.amount), new Decimal(0)), diagnostics: [] }
    }
    case 'party': {
      if (ref.section && !findSection(ref.section.value, evaluation)) return unknownSection(ref.section, evaluation)
      if (ref.fund && !findFund(ref.fund.value, evaluation)) return unknownFund(ref.fund, evaluation)
      // Without a parties document every party is unknown; that is reported where the document is referenced.
      if (!evaluation.parties) return { diagnostics: [] }
      if (!evaluation.party(ref.party.value)) return unknown('party', ref.party, listPartyIds(evaluation.parties))
      if (!ref.fund) return { value: evaluation.totalFor(ref.party.value, ref.section?.value), diagnostics: [] }
      return { value: sumFromFund(evaluation, ref.party.value, ref.fund.value, ref.section?.value), diagnostics: [] }
    }
  }
}

/** `count(section.<id>.lines)`: the section's lines in all its steps (child lines not counted); `count(party.<id>.members)`: a group's members. */
function resolveCount(of: CountTarget, evaluation: AllocationEvaluation): ResolvedPlaceholder {
  if (of.kind === 'section-lines') {
    const section = findSection(of.section.value, evaluation)
    if (!section) return { diagnostics: unknownSection(of.section, evaluation).diagnostics }
    return {
      value: { type: 'count', value: section.section.steps.reduce((sum, step) => sum + step.lines.length, 0) },
      diagnostics: [],
    }
  }
  if (!evaluation.parties) return { diagnostics: [] }
  const target = evaluation.party(of.party.value)
  if (target?.type === 'group') return { value: { type: 'count', value: target.group.members.length }, diagnostics: [] }
  return {
    diagnostics: unknown(
      'group',
      of.party,
      evaluation.parties.groups.map((group) => group.id.value),
    ).diagnostics,
  }
}

/**
 * `previous(ref)` and `change(ref)`: the value in the allocation `previous:`
 * names, and this year's minus it. Without that allocation the claim cannot
 * be checked: `prose/previous-unavailable` (information), never a silent pass.
 */
function resolveYearOverYear(
  expr: Extract<PlaceholderExpr, { type: 'change' | 'previous' }>,
  evaluation: AllocationEvaluation,
): ResolvedPlaceholder {
  const previous: PreviousYear = evaluation.previous ?? {
    type: 'unavailable',
    reason: evaluation.allocation.previous ? 'not-found' : 'no-reference',
  }
  const now = expr.type === 'change' ? resolveRef(expr.ref, evaluation) : undefined
  if (now && now.diagnostics.length > 0) return { diagnostics: now.diagnostics }
  if (previous.type === 'unavailable') {
    const args = { reference: printPlaceholderRef(expr.ref), reason: previous.reason }
    return { diagnostics: [createDiagnostic('prose/previous-unavailable', args, expr.at)] }
  }
  const then = resolveRef(expr.ref, previous.evaluation)
  if (typeof then.value !== 'object') return { diagnostics: then.diagnostics }
  if (expr.type === 'previous') return { value: { type: 'kronor', value: then.value }, diagnostics: [] }
  if (typeof now?.value !== 'object') return { diagnostics: [] }
  const previousYear = previous.evaluation.allocation.year.value
  return {
    value: { type: 'change', value: now.value.minus(then.value), now: now.value, previous: then.value, previousYear },
    diagnostics: [],
  }
}

/** What a party, member or group's members receive from one fund, optionally within one section. */
function sumFromFund(
  evaluation: AllocationEvaluation,
  party: string,
  fund: string,
  section: string | undefined,
): Decimal {
  return evaluation.allotments
    .filter((allotment) => (allotment.recipient === party || allotment.group === party) && allotment.fund === fund)
    .filter((allotment) => section === undefined || allotment.section === section)
    .reduce((sum, allotment) => sum.plus(allotment.amount), new Decimal(0))
}

/** Every evaluated line, child lines included, in document order. */
function listLineEvaluations(evaluation: AllocationEvaluation): LineEvaluation[] {
  const all: LineEvaluation[] = []
  const visit = (line: LineEvaluation): void => {
    all.push(line)
    line.children.forEach(visit)
  }
  for (const section of evaluation.sections) for (const step of section.steps) step.lines.forEach(visit)
  return all
}

function findFund(id: string, evaluation: AllocationEvaluation) {
  return evaluation.funds.find((candidate) => candidate.fund.id.value === id)
}

function unknownFund(id: Located<string>, evaluation: AllocationEvaluation): ResolvedRef {
  return unknown(
    'fund',
    id,
    evaluation.funds.map((candidate) => candidate.fund.id.value),
  )
}

function findSection(id: string, evaluation: AllocationEvaluation) {
  return evaluation.sections.find((candidate) => candidate.section.id.value === id)
}

function unknownSection(id: Located<string>, evaluation: AllocationEvaluation): ResolvedRef {
  return unknown(
    'section',
    id,
    evaluation.sections.map((candidate) => candidate.section.id.value),
  )
}

function unknown(kind: Kind, id: Located<string>, known: readonly string[]): ResolvedRef {
  const suggestions = suggestClosest(id.value, known)
  const listed = known.length > KNOWN_LISTED ? [...known.slice(0, KNOWN_LISTED), '…'] : known
  const args = { kind, id: id.value, suggestion: suggestions[0] ?? '', known: listed.join(', ') }
  return { diagnostics: [createDiagnostic('prose/unknown-placeholder', args, id.at, { suggestions })] }
}
