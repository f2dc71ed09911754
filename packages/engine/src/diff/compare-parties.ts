import { Decimal } from 'decimal.js'
import type { PartiesDocument } from '@fordela/parser'
import type { AllocationEvaluation } from '../allocation/allocation-evaluation.js'
import type { PartyComparisonRow } from './allocation-comparison.js'
import { compareAmounts } from './compare-amounts.js'

/** A row's identity, as a parties document (or an allotment alone) describes it. */
interface PartyEntry {
  readonly id: string
  readonly name: string
  readonly kind: PartyComparisonRow['kind']
  readonly group?: string
}

/**
 * Compares what every recipient gets. A party or member's amount is the sum
 * of its allotments; a group's is the sum over its members as that side's
 * parties document lists them. A side has an amount only when the recipient
 * received something there. Rows follow the newer parties document (parties,
 * then each group followed by its members), then the older one, then
 * recipients neither document names, in order of first allotment. With
 * `fund`, only the money from that fund counts.
 */
export function compareParties(
  before: AllocationEvaluation,
  after: AllocationEvaluation,
  fund?: string,
): PartyComparisonRow[] {
  const amountsBefore = sumByParty(before, fund)
  const amountsAfter = sumByParty(after, fund)
  const entries = new Map<string, PartyEntry>()
  for (const entry of [...listEntries(after.parties), ...listEntries(before.parties)]) {
    if (!entries.has(entry.id)) entries.set(entry.id, entry)
  }
  for (const { recipient } of [...after.allotments, ...before.allotments]) {
    if (!entries.has(recipient)) entries.set(recipient, { id: recipient, name: recipient, kind: 'unknown' })
  }
  return [...entries.values()]
    .filter((entry) => amountsBefore.has(entry.id) || amountsAfter.has(entry.id))
    .map((entry) => ({ ...entry, ...compareAmounts(amountsBefore.get(entry.id), amountsAfter.get(entry.id)) }))
}

/** Parties, groups and members of a parties document, in document order. */
function listEntries(parties: PartiesDocument | undefined): PartyEntry[] {
  if (!parties) return []
  return [
    ...parties.parties.map((party): PartyEntry => ({ id: party.id.value, name: party.name.value, kind: 'party' })),
    ...parties.groups.flatMap((group): PartyEntry[] => [
      { id: group.id.value, name: group.name.value, kind: 'group' },
      ...group.members.map(
        (member): PartyEntry => ({
          id: member.id.value,
          name: member.name.value,
          kind: 'member',
          group: group.id.value,
        }),
      ),
    ]),
  ]
}

/** Each recipient's total (from `fund` only, when given), plus each group's total over its members; only ids that received something. */
function sumByParty(evaluation: AllocationEvaluation, fund?: string): Map<string, Decimal> {
  const sums = new Map<string, Decimal>()
  const add = (id: string, amount: Decimal) => sums.set(id, (sums.get(id) ?? new Decimal(0)).plus(amount))
  for (const allotment of evaluation.allotments)
    if (fund === undefined || allotment.fund === fund) add(allotment.recipient, allotment.amount)
  for (const group of evaluation.parties?.groups ?? []) {
    for (const member of group.members) {
      const amount = sums.get(member.id.value)
      if (amount) add(group.id.value, amount)
    }
  }
  return sums
}
