import { describe, expect, it } from 'vitest'
import { allocation, COMPLETE_MEMBERS, lint, parties, toRegion } from '../__fixtures__/county-with-agreement.js'

/** Lints an allocation of county 99 whose one fund is `fund`. */
const lintFund = (fund: string): Promise<string[]> =>
  lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation(fund, toRegion) })

describe('agreement/fund-mismatch and agreement/fund-within-tolerance', () => {
  it('passes when the stated amount equals the county cell (3/4 of 1 000 = 750)', async () => {
    expect(await lintFund('{ id: f, amount: 750, from: { area: omrade, column: lan } }')).toEqual([])
  })

  it('reports agreement/fund-mismatch at the stated amount', async () => {
    // 740 ≠ 750. "  - { id: f, amount: " is 21 characters, so "740" is at columns 22–25 of line 10.
    expect(await lintFund('{ id: f, amount: 740, from: { area: omrade, column: lan } }')).toEqual([
      'agreement/fund-mismatch error f.yaml 10:22-10:25',
    ])
  })

  it('reports a difference within a stated tolerance as info at its reason', async () => {
    // 750 − 740 = 10, within the tolerance of 10.
    // "Avrundat i avtalet" (18 characters) starts after the 59 characters before "reason: " ends.
    expect(
      await lintFund(
        '{ id: f, amount: 740, tolerance: { amount: 10, reason: Avrundat i avtalet }, from: { area: omrade, column: lan } }',
      ),
    ).toEqual(['agreement/fund-within-tolerance info f.yaml 10:60-10:78'])
  })

  it('reports a difference beyond the tolerance as a mismatch', async () => {
    // 750 − 739 = 11 > 10.
    expect(
      await lintFund(
        '{ id: f, amount: 739, tolerance: { amount: 10, reason: Avrundat i avtalet }, from: { area: omrade, column: lan } }',
      ),
    ).toEqual(['agreement/fund-mismatch error f.yaml 10:22-10:25'])
  })
})
