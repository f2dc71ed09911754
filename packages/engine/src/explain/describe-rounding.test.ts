import { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'
import { describe, expect, test } from 'vitest'
import type { RoundingEffect } from '../derivation/derivation.js'
import { describeRounding, TIED_PARTS_NAMED } from './describe-rounding.js'

/**
 * 1 000 kr split in `count` equal parts of 1000/count, here with count = 300: 3,33… each, floored
 * to 3, and the 1 000 − 900 = 100 kronor left go to the first 100 parts by document order.
 */
function tieOf(count: number, self: number): RoundingEffect {
  const parts = Array.from({ length: count }, (_, index) => `p${index}`)
  const winners = parts.slice(0, 100)
  return {
    policy: 'largest-remainder',
    exact: Rational.of(10, 3),
    delta: new Decimal(self < 100 ? 1 : 0),
    leftover: { kronor: 100, competing: count, rank: self + 1, winners },
    tie: { parts, winners, decidedBy: 'document-order' },
  }
}

describe('describeRounding', () => {
  test('says a part that lost a tie was rounded down, who got the kronor, and where it ranked', () => {
    // Three thirds of 10 kr: 3,33… each, 1 krona left over, to p0 by document order; p2 ranked third.
    const rounding: RoundingEffect = {
      policy: 'largest-remainder',
      exact: Rational.of(10, 3),
      delta: new Decimal(0),
      leftover: { kronor: 1, competing: 3, rank: 3, winners: ['p0'] },
      tie: { parts: ['p0', 'p1', 'p2'], winners: ['p0'], decidedBy: 'document-order' },
    }
    expect(describeRounding(rounding, new Decimal(3), 'p2', (id) => id.toUpperCase(), 'sv')).toBe(
      '= 3,33 → 3 (avrundat nedåt: 1 krona blev över när alla delar avrundats nedåt och gick till P0; decimalerna kom på plats 3 av 3, lika stora som för P0 och P1, och dokumentordningen avgjorde)',
    )
    expect(describeRounding(rounding, new Decimal(3), 'p2', (id) => id.toUpperCase(), 'en')).toBe(
      '= 3,33 → 3 (rounded down: 1 krona was left over after every part was rounded down and went to P0; its decimals ranked 3 of 3, equal to those of P0 and P1, and document order decided)',
    )
  })

  test('names the remainder of a step "resten", never by an index', () => {
    const rounding: RoundingEffect = {
      policy: 'largest-remainder',
      exact: Rational.of(1_000_001, 2),
      delta: new Decimal(1),
      leftover: { kronor: 1, competing: 2, rank: 1, winners: ['region'] },
      tie: { parts: ['region'], winners: ['region'], rest: true, decidedBy: 'document-order' },
    }
    expect(describeRounding(rounding, new Decimal(500_001), 'region', (id) => id, 'sv')).toMatch(/lika stora som för resten, och dokumentordningen avgjorde\)$/)
  })

  test(`names ${TIED_PARTS_NAMED} parts of a large tie and of its winners, and counts the rest`, () => {
    // 300 tied parts, this one included: 299 others, P1 … P10 named, 299 − 10 = 289 counted;
    // 100 winners, this part first ("denna del") and P1 … P9 named, 90 counted.
    const text = describeRounding(tieOf(300, 0), new Decimal(4), 'p0', (id) => id.toUpperCase(), 'sv')
    expect(text).toBe(
      '= 3,33 → 4 (avrundat uppåt: 100 kronor blev över när alla delar avrundats nedåt och gick till denna del, P1, P2, P3, P4, P5, P6, P7, P8, P9 och 90 till; decimalerna kom på plats 1 av 300, lika stora som för P1, P2, P3, P4, P5, P6, P7, P8, P9, P10 och 289 till, och dokumentordningen avgjorde)',
    )
    // A loser further down leaves itself out of the tie's names: P0 … P9 are named instead.
    const later = describeRounding(tieOf(300, 142), new Decimal(3), 'p142', (id) => id.toUpperCase(), 'en')
    expect(later).toMatch(/ranked 143 of 300, equal to those of P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 289 more, and document order decided\)$/)
  })

  test('stays one short line however large the tie, so naming every part is linear', () => {
    const names: string[] = []
    const text = describeRounding(tieOf(100_000, 0), new Decimal(4), 'p0', (id) => (names.push(id), id), 'sv')
    expect(text.length).toBeLessThan(400)
    // Only the named parts are looked up, not all 100 000: 9 winners besides this part, 10 tied.
    expect(names).toHaveLength(2 * TIED_PARTS_NAMED - 1)
  })
})
