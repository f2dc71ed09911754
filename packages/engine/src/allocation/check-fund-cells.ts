import { createDiagnostic, suggestClosest, type Diagnostic, type Fund } from '@fordela/parser'
import type { AllocationFacts } from './allocation-facts.js'

/**
 * A fund taken from the agreement (`from:`) must reach its county's amount:
 * an agreement to read (`ref/missing-agreement`), a county
 * (`ref/missing-county`), an area, column and unit the agreement has
 * (`ref/unknown-area`, `ref/unknown-column`, `ref/unknown-unit`, with the
 * closest ids), and a cell that could be computed (`sum/fund-cell-incomplete`).
 */
export function checkFundCells(cells: AllocationFacts['cells']): Diagnostic[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every reading type; TypeScript checks that it is exhaustive
  return cells.flatMap(({ fund, reading }) => {
    const from = fund.from
    if (!from) return []
    const id = fund.id.value
    switch (reading.type) {
      case 'found':
      case 'unresolved': // the reference itself is reported by the workspace
        return []
      case 'missing-agreement':
        return [createDiagnostic('ref/missing-agreement', { fund: id }, from.at)]
      case 'missing-county':
        return [createDiagnostic('ref/missing-county', { fund: id }, from.at)]
      case 'unknown-area':
        return [unknownIn('ref/unknown-area', from.area, reading.known)]
      case 'unknown-column':
        return [unknownIn('ref/unknown-column', from.column, reading.known)]
      case 'incomplete-cell':
        return [createDiagnostic('sum/fund-cell-incomplete', { fund: id, area: reading.area }, from.at)]
      case 'unknown-unit':
        return [unknownIn('ref/unknown-unit', reading.unit, reading.known)]
    }
  })
}

/** An unknown-id finding listing the known ids, with the closest as suggestions. */
function unknownIn(
  code: 'ref/unknown-area' | 'ref/unknown-column' | 'ref/unknown-unit',
  named: Fund['id'],
  known: readonly string[],
): Diagnostic {
  return createDiagnostic(code, { id: named.value, known: known.join(', ') }, named.at, {
    suggestions: suggestClosest(named.value, known),
  })
}
