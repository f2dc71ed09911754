import { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { compareAmounts } from './compare-amounts.js'

describe('compareAmounts', () => {
  it('gives the change and the exact percent of before', () => {
    // 7 000 000 → 7 350 000: +350 000, and 350 000 × 100 / 7 000 000 = 5 %.
    const change = compareAmounts(new Decimal(7_000_000), new Decimal(7_350_000))
    expect(change.change.toFixed()).toBe('350000')
    expect(change.percent?.toString()).toBe('5')
  })

  it('keeps a percent that has no finite decimal form exact', () => {
    // 3 → 2: −1, and −1 × 100 / 3 = −100/3 %.
    const change = compareAmounts(new Decimal(3), new Decimal(2))
    expect(change.change.toFixed()).toBe('-1')
    expect(change.percent?.equals(Rational.of(-100n, 3n))).toBe(true)
  })

  it('counts an absent side as 0 and leaves percent out when before is absent or 0', () => {
    const added = compareAmounts(undefined, new Decimal(1_500_000))
    expect(added).toEqual({ after: new Decimal(1_500_000), change: new Decimal(1_500_000) })
    const removed = compareAmounts(new Decimal(1_500_000), undefined)
    expect(removed.change.toFixed()).toBe('-1500000')
    expect(removed.percent?.toString()).toBe('-100')
    expect(compareAmounts(new Decimal(0), new Decimal(10)).percent).toBeUndefined()
  })
})
