import { createDiagnostic, suggestClosest, type AgreementDocument, type Diagnostic } from '@fordela/parser'
import type { ColumnUnits } from './column-units.js'

/**
 * Reports units of a unit group that are in none of the datasets the
 * agreement's columns use (a typo such as "41" for "14" would otherwise make
 * an override silently apply to no one). Says nothing when no dataset resolved.
 */
export function checkUnitGroups(agreement: AgreementDocument, columns: readonly ColumnUnits[]): Diagnostic[] {
  const withData = columns.filter((column) => column.dataset !== undefined)
  if (withData.length === 0) return []
  const known = new Set(withData.flatMap((column) => column.units.map((unit) => unit.id)))
  const datasets = [...new Set(withData.map((column) => column.dataset?.id.value ?? ''))].join(', ')
  const diagnostics: Diagnostic[] = []
  for (const group of agreement.unitGroups) {
    for (const unit of group.units) {
      if (known.has(unit.value)) continue
      const args = { unit: unit.value, context: 'group' as const, owner: group.id.value, dataset: datasets }
      const suggestions = suggestClosest(unit.value, [...known])
      diagnostics.push(createDiagnostic('agreement/unknown-unit', args, unit.at, { suggestions }))
    }
  }
  return diagnostics
}
