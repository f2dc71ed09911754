import { createDiagnostic, type Diagnostic } from '@fordela/parser'
import type { AllocationFacts } from './allocation-facts.js'

/**
 * A `derived: true` fund is the sum of the fixed sums its lines take, so a
 * line cannot take a share or the rest of it: that would be a share of its
 * own sum (`sum/derived-fund-needs-fixed-sum`; the line takes nothing).
 */
export function checkDerivedFundLines(lines: AllocationFacts['derivedFundLines']): Diagnostic[] {
  return [...lines].map(([line, fund]) =>
    createDiagnostic(
      'sum/derived-fund-needs-fixed-sum',
      { fund, kind: line.quantity.type === 'rest' ? 'rest' : 'share' },
      line.at,
    ),
  )
}
