import { createDiagnostic, formatKronor, type Diagnostic } from '@fordela/parser'
import type { WeightlessSplit } from './allocation-facts.js'
import type { EvaluatedAllocation } from './check-allocation.js'
import { listEvaluatedLines } from './list-evaluated-lines.js'

/**
 * Lines and groups must fit: `each` pays every member of a group, so it needs
 * a group (`sum/each-needs-group`; a single party is paid once); a line of
 * money to a group must say how its members divide it (`sum/group-needs-split`);
 * and a split must have a weight to divide by (`sum/split-without-weight`
 * when every member's weight is zero and there is money to divide).
 */
export function checkGroupLines(evaluation: EvaluatedAllocation, weightless: readonly WeightlessSplit[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const { line } of listEvaluatedLines(evaluation.sections)) {
    const target = evaluation.party(line.to.value)
    if (!target) continue // an unknown party is `ref/unknown-party`
    if (line.quantity.type === 'each') {
      if (target.type !== 'group')
        diagnostics.push(createDiagnostic('sum/each-needs-group', { to: line.to.value }, line.to.at))
    } else if (target.type === 'group' && line.lines.length === 0 && !line.split) {
      diagnostics.push(createDiagnostic('sum/group-needs-split', { group: target.group.id.value }, line.to.at))
    }
  }
  for (const split of weightless) {
    const args = { group: split.group, measure: split.by, amount: formatKronor(split.amount, { space: 'plain' }) }
    diagnostics.push(createDiagnostic('sum/split-without-weight', args, split.at))
  }
  return diagnostics
}
