import { Decimal } from 'decimal.js'
import type { AllocationDocument, AllocationLine } from '@fordela/parser'
import type { DerivedFundTerm } from '../derivation/derivation.js'
import type { PartyRef } from './allocation-evaluation.js'

/** The amounts of an allocation's `derived: true` funds, and the lines that cannot count towards one. */
export interface DerivedFunds {
  /** Fund id → its amount (the sum of its terms) and the terms, in document order. */
  readonly amounts: ReadonlyMap<string, { readonly amount: Decimal; readonly terms: readonly DerivedFundTerm[] }>
  /** Lines with a share or rest of a derived fund → that fund: left out of the evaluation, reported by `check-derived-fund-lines.ts`. */
  readonly rejected: ReadonlyMap<AllocationLine, string>
}

/**
 * Works out every `derived: true` fund's amount before the sections run: the
 * sum of the fixed sums (`amount`, and `each` × the group's members) of the
 * top-level lines, in every section, that draw on it. A share or rest of such
 * a fund would be a share of its own sum, so such a line is rejected and
 * takes nothing. A derived fund no line draws on is 0 kr.
 */
export function deriveFundAmounts(
  allocation: AllocationDocument,
  party: (id: string) => PartyRef | undefined,
): DerivedFunds {
  const derived = new Set(allocation.funds.filter((fund) => fund.derived).map((fund) => fund.id.value))
  const terms = new Map<string, DerivedFundTerm[]>([...derived].map((id) => [id, []]))
  const rejected = new Map<AllocationLine, string>()
  for (const section of allocation.sections) {
    for (const line of section.steps.flatMap((step) => step.lines)) {
      const fund = line.fund?.value ?? section.fund.value
      const list = terms.get(fund)
      if (!list) continue
      const amount = fixedSum(line, party)
      if (amount === undefined) {
        rejected.set(line, fund)
        continue
      }
      list.push({ section: section.id.value, to: line.to.value, amount, at: line.at })
    }
  }
  const amounts = new Map(
    [...terms].map(
      ([id, list]) =>
        [id, { amount: list.reduce((sum, term) => sum.plus(term.amount), new Decimal(0)), terms: list }] as const,
    ),
  )
  return { amounts, rejected }
}

/** A line's fixed sum: its `amount`, or `each` × the members of its group (once for anything else, as the evaluation counts it). */
function fixedSum(line: AllocationLine, party: (id: string) => PartyRef | undefined): Decimal | undefined {
  const quantity = line.quantity
  if (quantity.type === 'amount') return quantity.amount.value
  if (quantity.type !== 'each') return undefined
  const target = party(line.to.value)
  const members = target?.type === 'group' ? target.group.members.length : target ? 1 : 0
  return quantity.each.value.times(members)
}
