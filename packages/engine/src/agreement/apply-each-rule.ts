import type { Decimal } from 'decimal.js'
import { createDiagnostic, suggestClosest, type CellRule, type Diagnostic, type UnitGroup } from '@fordela/parser'
import type { ColumnUnits } from './column-units.js'

/** An `each` rule of a cell. */
export type EachRule = Extract<CellRule, { readonly type: 'each' }>

/** What an `each` rule gives every unit of its column, in unit order. */
export interface EachRuleResult {
  readonly perUnit: readonly Decimal[]
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Gives every unit the rule's fixed amount, or its `except` amount when the
 * unit, or a unit group containing it, is listed. A unit named directly wins
 * over a group, and of two groups the one listed first wins, so the outcome
 * never depends on map order. Linear in units plus the listed groups' sizes.
 */
export function applyEachRule(
  rule: EachRule,
  columnUnits: ColumnUnits,
  unitGroups: ReadonlyMap<string, UnitGroup>,
): EachRuleResult {
  const diagnostics: Diagnostic[] = []
  const direct = new Map<number, Decimal>()
  const viaGroup = new Map<number, Decimal>()
  for (const { target, amount } of rule.except) {
    const position = columnUnits.indexOf.get(target.value)
    const group = unitGroups.get(target.value)
    if (position !== undefined) {
      if (!direct.has(position)) direct.set(position, amount.value)
    } else if (group) {
      for (const unit of group.units) {
        const member = columnUnits.indexOf.get(unit.value)
        if (member !== undefined && !viaGroup.has(member)) viaGroup.set(member, amount.value)
      }
    } else {
      diagnostics.push(reportUnknownTarget(target.value, target.at, columnUnits, unitGroups))
    }
  }
  const perUnit = columnUnits.units.map(
    (_unit, position) => direct.get(position) ?? viaGroup.get(position) ?? rule.each.value,
  )
  return { perUnit, diagnostics }
}

/** An `except` key that is neither a unit of the column nor a unit group, with the closest ids as suggestions. */
function reportUnknownTarget(
  target: string,
  at: EachRule['at'],
  columnUnits: ColumnUnits,
  unitGroups: ReadonlyMap<string, UnitGroup>,
): Diagnostic {
  const candidates = [...columnUnits.units.map((unit) => unit.id), ...unitGroups.keys()]
  const suggestions = suggestClosest(target, candidates)
  const owner = columnUnits.column.id.value
  const dataset = columnUnits.dataset?.id.value ?? columnUnits.column.recipient?.value ?? owner
  return createDiagnostic('agreement/unknown-unit', { unit: target, context: 'except', owner, dataset }, at, {
    suggestions,
  })
}
