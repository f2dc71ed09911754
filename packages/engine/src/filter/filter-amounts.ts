import type { Allotment, AllocationEvaluation } from '../allocation/allocation-evaluation.js'

/** Which amounts an explanation keeps. */
export interface AmountFilter {
  readonly party?: string
  /** Whether the fund is shown: the fund asked for, the funds the party gets money from, or every fund. */
  readonly showsFund: (fund: string) => boolean
  /** Whether money to this recipient reaches the party asked for: it is the party, or one of its group's members. */
  readonly reaches: (recipient: string) => boolean
  /** The allotments kept, in evaluation order. */
  readonly allotments: readonly Allotment[]
}

/**
 * The filter of `--party` and `--fund`: an allotment is kept when it goes
 * to the party (or, for a group, to one of its members) and comes from the
 * fund. Without either, everything is kept.
 */
export function createAmountFilter(
  evaluation: AllocationEvaluation,
  filter: { readonly party?: string; readonly fund?: string },
): AmountFilter {
  const { party, fund } = filter
  const reaches = (recipient: string): boolean => {
    if (party === undefined || recipient === party) return true
    const ref = evaluation.party(recipient)
    return ref?.type === 'member' && ref.group.id.value === party
  }
  const allotments = evaluation.allotments.filter(
    (allotment) =>
      (fund === undefined || allotment.fund === fund) &&
      (party === undefined || allotment.recipient === party || allotment.group === party),
  )
  const partyFunds = new Set(allotments.map((allotment) => allotment.fund))
  const showsFund = (id: string): boolean =>
    fund !== undefined ? id === fund : party === undefined || partyFunds.has(id)
  return { ...(party !== undefined ? { party } : {}), showsFund, reaches, allotments }
}
