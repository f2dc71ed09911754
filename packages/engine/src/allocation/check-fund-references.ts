import { createDiagnostic, suggestClosest, type AllocationDocument, type Diagnostic } from '@fordela/parser'

/**
 * Every fund a section or one of its lines names must be one of the
 * allocation's funds (`ref/unknown-fund`, with the closest ids). A child
 * line naming a fund is `sum/fund-on-child-line` instead.
 */
export function checkFundReferences(allocation: AllocationDocument): Diagnostic[] {
  const ids = [...new Set(allocation.funds.map((fund) => fund.id.value))]
  const known = new Set(ids)
  const diagnostics: Diagnostic[] = []
  for (const section of allocation.sections) {
    const named = [section.fund, ...section.steps.flatMap((step) => step.lines.flatMap((line) => line.fund ?? []))]
    for (const fund of named) {
      if (!known.has(fund.value)) {
        diagnostics.push(
          createDiagnostic('ref/unknown-fund', { id: fund.value }, fund.at, {
            suggestions: suggestClosest(fund.value, ids),
          }),
        )
      }
    }
  }
  return diagnostics
}
