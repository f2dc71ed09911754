import type { Decimal } from 'decimal.js'
import { apportion } from '@fordela/parser'
import type { Derivation } from '../derivation/derivation.js'
import type { Allotment, LineEvaluation } from './allocation-evaluation.js'
import type { EvaluationContext } from './evaluation-context.js'
import { computeLineAmounts, type LineAmount } from './line-amounts.js'
import { recordRounding } from '../derivation/record-rounding.js'

/** Where a line sits: its section and fund, and the derivation chain that led to it. */
export interface LinePlace {
  readonly section: string
  readonly fund: string
  readonly chain: Derivation
}

/**
 * Hands a line's amount to its recipients: one party, every member of a
 * group (`each`), the members by weight (`split`), or its child lines, which
 * divide it further and must use all of it. What cannot be handed out is
 * recorded in the context's facts for the checks.
 */
export function distributeLine(entry: LineAmount, place: LinePlace, context: EvaluationContext): LineEvaluation {
  const { line, amount } = entry
  const derivation: Derivation = [...place.chain, entry.step]
  if (line.lines.length > 0) return distributeToChildren(entry, derivation, place, context)
  const target = context.party(line.to.value)
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
    return {
      line,
      fund: place.fund,
      amount,
      members: [allot(line.to.value, amount, derivation, group)],
      children: [],
      derivation,
    }
  }
  const members = target.group.members
  const groupId = target.group.id.value
  if (line.quantity.type === 'each') {
    const each = line.quantity.each.value
    const allotments = members.map((member) => allot(member.id.value, each, derivation, groupId))
    return { line, fund: place.fund, amount, members: allotments, children: [], derivation }
  }
  // A group line without `split` goes to no one (`check-group-lines.ts` reports it).
  if (!line.split) return { line, fund: place.fund, amount, members: [], children: [], derivation }
  const by = line.split.value
  const weights = context.weigh(target.group, by)
  if (!weights.complete) return { line, fund: place.fund, amount, members: [], children: [], derivation }
  if (amount.gt(0) && weights.weights.every((weight) => weight.isZero())) {
    // Nothing to divide by: the amount would go to no one, which no rounding policy may hide.
    context.facts.weightlessSplits.push({ group: groupId, by, amount, at: line.split.at })
    return { line, fund: place.fund, amount, members: [], children: [], derivation }
  }
  const result = apportion(amount, weights.weights, context.policy)
  const roundingOf = recordRounding(result, context.policy, (index) => members[index]?.id.value)
  // Kronor the policy left over (or overassigned) between the line and its members: the line took its whole amount.
  if (!result.residual.isZero())
    context.facts.residuals.push({ residual: result.residual, fund: place.fund, at: line.split.at })
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

/** Divides a line among its child lines (`check-child-lines.ts` reports what they leave or overdraw). */
function distributeToChildren(
  entry: LineAmount,
  derivation: Derivation,
  place: LinePlace,
  context: EvaluationContext,
): LineEvaluation {
  const { line, amount } = entry
  const childAmounts = computeLineAmounts(line.lines, amount, place.fund, context)
  const children = childAmounts.map((child) => distributeLine(child, { ...place, chain: derivation }, context))
  return { line, fund: place.fund, amount, members: children.flatMap((child) => child.members), children, derivation }
}
