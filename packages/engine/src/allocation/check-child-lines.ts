import { Decimal } from 'decimal.js'
import { createDiagnostic, formatKronor, relatedAt, type AllocationLine, type Diagnostic } from '@fordela/parser'
import type { PartyRef } from './allocation-evaluation.js'
import type { EvaluatedAllocation } from './check-allocation.js'
import { listEvaluatedLines } from './list-evaluated-lines.js'

/**
 * Child lines divide their line's amount: they draw on no fund of their own
 * (`sum/fund-on-child-line`), go to the line's recipient or a member of its
 * group (`sum/child-line-other-party`), and use all of the amount, neither
 * leaving (`sum/line-not-spent`) nor overdrawing it (`sum/line-overspent`),
 * reported at the line with its children as related places.
 */
export function checkChildLines(evaluation: EvaluatedAllocation): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const parent of listEvaluatedLines(evaluation.sections)) {
    const line = parent.line
    if (line.lines.length === 0) continue
    for (const child of line.lines) {
      if (child.fund)
        diagnostics.push(createDiagnostic('sum/fund-on-child-line', { fund: child.fund.value }, child.fund.at))
      if (!reachesParent(child, line, evaluation.party)) {
        diagnostics.push(
          createDiagnostic('sum/child-line-other-party', { child: child.to.value, parent: line.to.value }, child.to.at),
        )
      }
    }
    const used = parent.children.reduce((sum, child) => sum.plus(child.amount), new Decimal(0))
    const left = parent.amount.minus(used)
    if (left.isZero()) continue
    const args = {
      to: line.to.value,
      amount: formatKronor(parent.amount, { space: 'plain' }),
      difference: formatKronor(left.abs(), { space: 'plain' }),
    }
    diagnostics.push(
      createDiagnostic(left.isNegative() ? 'sum/line-overspent' : 'sum/line-not-spent', args, line.at, {
        related: line.lines.map((child) => relatedAt(child.at, { sv: 'delrad', en: 'child line' })),
      }),
    )
  }
  return diagnostics
}

/**
 * Whether a child line goes to its parent's recipient or, under a line to a
 * group, to one of its members: child lines divide one recipient's amount
 * (by purpose, say), so money for anyone else is the parent's memo bullet
 * and `{{ party }}` total telling two stories. An unknown id, the child's or
 * the parent's, is reported as such instead.
 */
function reachesParent(
  child: AllocationLine,
  parent: AllocationLine,
  party: (id: string) => PartyRef | undefined,
): boolean {
  if (child.to.value === parent.to.value || party(parent.to.value) === undefined) return true
  const target = party(child.to.value)
  return target === undefined || (target.type === 'member' && target.group.id.value === parent.to.value)
}
