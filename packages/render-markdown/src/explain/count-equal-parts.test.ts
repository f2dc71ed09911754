import { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { countEqualParts } from './count-equal-parts.js'

describe('countEqualParts', () => {
  it('reads the number of parts back from one exact part', () => {
    // 1 000 010 kr in 4 parts: 1 000 010 / 4 = 500 005/2 = 250 002,5 each, and 1 000 010 / (500 005/2) = 4.
    expect(countEqualParts(new Decimal(1_000_010), Rational.of(500_005n, 2n))).toBe(4n)
    // 100 000 kr in 3 parts: 100 000/3 each, and 100 000 / (100 000/3) = 3.
    expect(countEqualParts(new Decimal(100_000), Rational.of(100_000n, 3n))).toBe(3n)
  })

  it('has no count when nothing was divided or the part is no whole share', () => {
    // A base of 0 gives every part 0, whatever the count.
    expect(countEqualParts(new Decimal(0), Rational.ZERO)).toBeUndefined()
    // 10 / 4 = 2,5 parts of 4: no whole number of parts.
    expect(countEqualParts(new Decimal(10), Rational.of(4n))).toBeUndefined()
  })
})
