import { Decimal } from 'decimal.js'
import { exceedsFractionDigits, Rational, splitByShares, type AllocationLine } from '@fordela/parser'
import type { DerivationStep } from '../derivation/derivation.js'
import type { RefusedShare } from './allocation-facts.js'
import type { EvaluationContext } from './evaluation-context.js'
import { recordRounding } from '../derivation/record-rounding.js'

/** A line's amount before it is handed to recipients, with the step that explains it. */
export interface LineAmount {
  readonly line: AllocationLine
  readonly amount: Decimal
  readonly step: DerivationStep
}

/**
 * Computes the amounts of lines that draw on one pot (`base`: what the step
 * started with). Fixed sums (`amount`, `each`) and shares are taken from
 * `base` as it was at the start of the step; `rest` takes what those leave.
 * All shares of the step are apportioned together, so they never lose or
 * invent a krona between them. A pot already overdrawn by an earlier step
 * (reported at its fund) counts as empty here.
 */
export function computeLineAmounts(
  lines: readonly AllocationLine[],
  available: Decimal,
  fund: string,
  context: EvaluationContext,
): LineAmount[] {
  const base = Decimal.max(available, 0)
  const amounts = new Map<AllocationLine, LineAmount>()
  const shareLines = acceptedShareLines(lines, context.facts.refusedShares)
  const split = splitByShares(
    base,
    shareLines.map((line) => shareOf(line)),
    context.policy,
  )
  // Index shareLines.length is what the step leaves: the remainder, named "rest", not an id.
  const roundingOf = recordRounding(split, context.policy, (index) => shareLines[index]?.to.value)
  shareLines.forEach((line, index) => {
    const amount = split.parts[index] ?? new Decimal(0)
    const rounding = roundingOf(index)
    amounts.set(line, {
      line,
      amount,
      step: { type: 'share', share: shareOf(line), base, amount, rounding, at: line.at },
    })
  })
  if (!split.residual.isZero()) {
    context.residuals.set(fund, (context.residuals.get(fund) ?? new Decimal(0)).plus(split.residual))
    const first = shareLines[0]
    if (first) context.facts.residuals.push({ residual: split.residual, fund, at: first.at })
  }
  for (const line of lines) {
    const q = line.quantity
    if (q.type === 'amount')
      amounts.set(line, { line, amount: q.amount.value, step: { type: 'amount', amount: q.amount.value, at: line.at } })
    if (q.type === 'each') {
      const members = memberCount(line, context)
      const amount = q.each.value.times(members)
      amounts.set(line, { line, amount, step: { type: 'each', each: q.each.value, members, amount, at: line.at } })
    }
  }
  const restLines = lines.filter((line) => line.quantity.type === 'rest')
  const taken = [...amounts.values()].reduce((sum, entry) => sum.plus(entry.amount), new Decimal(0))
  const rest = Decimal.max(base.minus(taken), 0)
  // A second rest line takes nothing (`check-rest-lines.ts` reports it).
  restLines.forEach((line, index) => {
    const amount = index === 0 ? rest : new Decimal(0)
    amounts.set(line, { line, amount, step: { type: 'rest', base, amount, at: line.at } })
  })
  return lines.flatMap((line) => amounts.get(line) ?? [])
}

/**
 * The share lines whose shares fit within the whole; a line that would take
 * the sum past it is refused. So is the line whose share makes the exact sum
 * longer than `maxFractionDigits`, and the lines after it are not added:
 * past that, each addition would take seconds.
 */
function acceptedShareLines(lines: readonly AllocationLine[], refused: RefusedShare[]): AllocationLine[] {
  const accepted: AllocationLine[] = []
  let sum = Rational.ZERO
  for (const line of lines) {
    if (line.quantity.type !== 'share') continue
    const next = sum.add(line.quantity.share.value)
    if (exceedsFractionDigits(next)) {
      refused.push({ reason: 'too-long', at: line.quantity.share.at })
      break
    }
    if (next.compare(Rational.ONE) > 0) {
      refused.push({ reason: 'exceeds-whole', at: line.quantity.share.at, total: next })
      continue
    }
    sum = next
    accepted.push(line)
  }
  return accepted
}

/** The share of a line known to be a share line. */
function shareOf(line: AllocationLine): Rational {
  return line.quantity.type === 'share' ? line.quantity.share.value : Rational.ZERO
}

/** How many members an `each` line pays; a line to a single party counts once (`check-group-lines.ts` reports it). */
function memberCount(line: AllocationLine, context: EvaluationContext): number {
  const target = context.party(line.to.value)
  if (target?.type === 'group') return target.group.members.length
  return target ? 1 : 0
}
