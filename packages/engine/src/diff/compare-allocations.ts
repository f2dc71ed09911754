import type { Decimal } from 'decimal.js'
import type { AllocationEvaluation } from '../allocation/allocation-evaluation.js'
import type {
  AllocationComparison,
  ComparedAllocation,
  ComparisonRow,
  FundPartyChanges,
} from './allocation-comparison.js'
import { compareAmounts } from './compare-amounts.js'
import { compareParties } from './compare-parties.js'

/** What a row compares: its id, name and amount on one side. */
interface Item {
  readonly id: string
  readonly name: string
  readonly amount: Decimal | undefined
}

/**
 * Compares two evaluated allocations (two years, or a branch and its base):
 * per party, fund and section, the amount before and after, the change in
 * kronor and in percent, and the same for the total. Pure data; formatting
 * is the caller's.
 */
export function compareAllocations(before: AllocationEvaluation, after: AllocationEvaluation): AllocationComparison {
  return {
    before: describe(before),
    after: describe(after),
    parties: compareParties(before, after),
    partiesByFund: compareFundParties(before, after),
    funds: compareItems(listFunds(before), listFunds(after)),
    sections: compareItems(listSections(before), listSections(after)),
    total: compareAmounts(before.total, after.total),
  }
}

/** Each fund's recipients whose amount from it changed; funds where nothing moved are left out. */
function compareFundParties(before: AllocationEvaluation, after: AllocationEvaluation): FundPartyChanges[] {
  const funds = compareItems(listFunds(before), listFunds(after))
  return funds.flatMap((fund) => {
    const parties = compareParties(before, after, fund.id).filter(
      (row) => !row.change.isZero() || (row.before === undefined) !== (row.after === undefined),
    )
    return parties.length > 0 ? [{ fund: fund.id, name: fund.name, parties }] : []
  })
}

function describe(evaluation: AllocationEvaluation): ComparedAllocation {
  const allocation = evaluation.allocation
  return { id: allocation.id.value, title: allocation.title.value, year: allocation.year.value, file: allocation.file }
}

/** A fund's amount is absent when it could not be computed. */
function listFunds(evaluation: AllocationEvaluation): Item[] {
  return evaluation.funds.map(({ fund, amount }) => ({
    id: fund.id.value,
    name: fund.title?.value ?? fund.id.value,
    amount,
  }))
}

function listSections(evaluation: AllocationEvaluation): Item[] {
  return evaluation.sections.map(({ section, total }) => ({
    id: section.id.value,
    name: section.title.value,
    amount: total,
  }))
}

/** Rows in `after`'s order, then those only `before` has; names from `after` where it has the item. */
function compareItems(before: readonly Item[], after: readonly Item[]): ComparisonRow[] {
  const byIdBefore = new Map(before.map((item) => [item.id, item]))
  const idsAfter = new Set(after.map((item) => item.id))
  return [
    ...after.map((item) => ({
      id: item.id,
      name: item.name,
      ...compareAmounts(byIdBefore.get(item.id)?.amount, item.amount),
    })),
    ...before
      .filter((item) => !idsAfter.has(item.id))
      .map((item) => ({ id: item.id, name: item.name, ...compareAmounts(item.amount, undefined) })),
  ]
}
