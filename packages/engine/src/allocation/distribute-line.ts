import { Decimal } from 'decimal.js'
import { apportion, createDiagnostic, formatKronor, relatedAt, suggestClosest, type AllocationLine } from '@fordela/parser'
import type { Derivation } from '../derivation/derivation.js'
import type { Allotment, LineEvaluation } from './allocation-evaluation.js'
import type { EvaluationContext } from './evaluation-context.js'
import { computeLineAmounts, type LineAmount } from './line-amounts.js'
import { recordRounding } from '../derivation/record-rounding.js'
import { describeResidual } from './describe-residual.js'

/** Where a line sits: its section and fund, and the derivation chain that led to it. */
export interface LinePlace {
  readonly section: string
  readonly fund: string
  readonly chain: Derivation
}

/**
 * Hands a line's amount to its recipients: one party, every member of a
 * group (`each`), the members by weight (`split`), or its child lines, which
 * divide it further and must use all of it.
 */
export function distributeLine(entry: LineAmount, place: LinePlace, context: EvaluationContext): LineEvaluation {
  const { line, amount } = entry
  const derivation: Derivation = [...place.chain, entry.step]
  const target = context.party(line.to.value)
  // Without a parties document every line would be unknown; the missing document is reported instead.
  if (!target && context.partyIds.length > 0) {
    context.diagnostics.push(
      createDiagnostic('ref/unknown-party', { id: line.to.value }, line.to.at, {
        suggestions: suggestClosest(line.to.value, context.partyIds),
      }),
    )
  }
  if (line.lines.length > 0) return distributeToChildren(entry, derivation, place, context)
  const allot = (recipient: string, value: Decimal, chain: Derivation, group?: string): Allotment => ({
    recipient,
    ...(group ? { group } : {}),
    fund: place.fund,
    section: place.section,
    amount: value,
    derivation: chain,
    at: line.at,
  })
  if (!target) return { line, fund: place.fund, amount, members: [], children: [], derivation }
  if (target.type !== 'group') {
    const group = target.type === 'member' ? target.group.id.value : undefined
    return { line, fund: place.fund, amount, members: [allot(line.to.value, amount, derivation, group)], children: [], derivation }
  }
  const members = target.group.members
  const groupId = target.group.id.value
  if (line.quantity.type === 'each') {
    const each = line.quantity.each.value
    const allotments = members.map((member) => allot(member.id.value, each, derivation, groupId))
    return { line, fund: place.fund, amount, members: allotments, children: [], derivation }
  }
  if (!line.split) {
    context.diagnostics.push(createDiagnostic('sum/group-needs-split', { group: groupId }, line.to.at))
    return { line, fund: place.fund, amount, members: [], children: [], derivation }
  }
  const by = line.split.value
  const weights = context.weigh(target.group, by)
  if (!weights.complete) return { line, fund: place.fund, amount, members: [], children: [], derivation }
  if (amount.gt(0) && weights.weights.every((weight) => weight.isZero())) {
    // Nothing to divide by: the amount would go to no one, which no rounding policy may hide.
    const args = { group: groupId, measure: by, amount: formatKronor(amount, { space: 'plain' }) }
    context.diagnostics.push(createDiagnostic('sum/split-without-weight', args, line.split.at))
    return { line, fund: place.fund, amount, members: [], children: [], derivation }
  }
  const result = apportion(amount, weights.weights, context.policy)
  const roundingOf = recordRounding(result, context.policy, (index) => members[index]?.id.value)
  if (!result.residual.isZero()) recordResidual(result.residual, line, place, context)
  const allotments = members.map((member, index) => {
    // apportion returns one part and one exact value per weight, and there is one weight per member.
    const value = result.parts[index]!
    const weight = weights.used[index]
    return allot(
      member.id.value,
      value,
      [
        ...derivation,
        {
          type: 'split',
          by,
          member: member.id.value,
          base: amount,
          ...(weight ? { weight } : {}),
          amount: value,
          rounding: roundingOf(index),
          at: line.split!.at,
        },
      ],
      groupId,
    )
  })
  return { line, fund: place.fund, amount, members: allotments, children: [], derivation }
}

/** Divides a line among its child lines; what they leave or overdraw is reported at the parent. */
function distributeToChildren(entry: LineAmount, derivation: Derivation, place: LinePlace, context: EvaluationContext): LineEvaluation {
  const { line, amount } = entry
  for (const child of line.lines) {
    if (child.fund) context.diagnostics.push(createDiagnostic('sum/fund-on-child-line', { fund: child.fund.value }, child.fund.at))
    if (!reachesParent(child, line, context)) {
      context.diagnostics.push(createDiagnostic('sum/child-line-other-party', { child: child.to.value, parent: line.to.value }, child.to.at))
    }
  }
  const childAmounts = computeLineAmounts(line.lines, amount, place.fund, context)
  const children = childAmounts.map((child) => distributeLine(child, { ...place, chain: derivation }, context))
  const used = children.reduce((sum, child) => sum.plus(child.amount), new Decimal(0))
  const left = amount.minus(used)
  if (!left.isZero()) {
    const code = left.isNegative() ? 'sum/line-overspent' : 'sum/line-not-spent'
    context.diagnostics.push(
      createDiagnostic(code, { to: line.to.value, amount: formatKronor(amount, { space: 'plain' }), difference: formatKronor(left.abs(), { space: 'plain' }) }, line.at, {
        related: line.lines.map((child) => relatedAt(child.at, { sv: 'delrad', en: 'child line' })),
      }),
    )
  }
  return { line, fund: place.fund, amount, members: children.flatMap((child) => child.members), children, derivation }
}

/**
 * Whether a child line goes to its parent's recipient or, under a line to a
 * group, to one of its members: child lines divide one recipient's amount
 * (by purpose, say), so money for anyone else is the parent's memo bullet
 * and `{{ party }}` total telling two stories. An unknown id, the child's or
 * the parent's, is reported as such instead.
 */
function reachesParent(child: AllocationLine, parent: AllocationLine, context: EvaluationContext): boolean {
  if (child.to.value === parent.to.value || context.party(parent.to.value) === undefined) return true
  const target = context.party(child.to.value)
  return target === undefined || (target.type === 'member' && target.group.id.value === parent.to.value)
}

/**
 * Reports kronor a non-exhaustive rounding policy left over (or overassigned)
 * between a line and its members: the line took its whole amount from the fund.
 */
function recordResidual(residual: Decimal, line: AllocationLine, place: LinePlace, context: EvaluationContext): void {
  context.diagnostics.push(describeResidual(residual, context.policy, place.fund, line.split?.at ?? line.at))
}
