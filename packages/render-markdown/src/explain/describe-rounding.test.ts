import { Decimal } from 'decimal.js'
import type { RoundingEffect } from '@fordela/engine'
import { Rational } from '@fordela/parser'
import { describe, expect, test } from 'vitest'
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

const upper = (id: string) => id.toUpperCase()

describe('describeRounding', () => {
  test('says a part that lost a tie was rounded down, how many kronor were left, where it ranked and who tied', () => {
    // Three thirds of 10 kr: 3,33… each, 1 krona left over, to p0 by document order; p2 ranked third.
    const rounding: RoundingEffect = {
      policy: 'largest-remainder',
      exact: Rational.of(10, 3),
      delta: new Decimal(0),
      leftover: { kronor: 1, competing: 3, rank: 3, winners: ['p0'] },
      tie: { parts: ['p0', 'p1', 'p2'], winners: ['p0'], decidedBy: 'document-order' },
    }
    expect(describeRounding(rounding, { lang: 'sv', name: upper, space: 'plain' })).toBe(
      'avrundat nedåt: när alla delar avrundats nedåt blev en krona över, och den gick till den del som hade störst decimaler (P0), och decimalerna här kom på plats 3 av 3; decimalerna var lika stora för P0, P1 och P2, och ordningen i dokumentet avgjorde',
    )
    expect(describeRounding(rounding, { lang: 'en', name: upper, space: 'plain', to: '3 kr' })).toBe(
      'rounded down to 3 kr: when every part had been rounded down, one krona was left over, and it went to the part with the largest decimals (P0), and the decimals here ranked 3 of 3; the decimals were equal for P0, P1 and P2, and document order decided',
    )
  })

  test('names the remainder of a step "resten" among those that got a krona and in a tie, never by an index', () => {
    // Regression: the remainder was named by its index, "Region Exempel och 1".
    const rounding: RoundingEffect = {
      policy: 'largest-remainder',
      exact: Rational.of(1_000_001, 2),
      delta: new Decimal(1),
      leftover: { kronor: 1, competing: 2, rank: 1, winners: ['region'] },
      tie: { parts: ['region'], winners: ['region'], rest: true, decidedBy: 'document-order' },
    }
    expect(describeRounding(rounding, { lang: 'sv', name: (id) => id, space: 'plain' })).toMatch(
      /störst decimaler \(region\), och .*lika stora för region och resten, och ordningen i dokumentet avgjorde$/,
    )
    // 3 kronor over, two of them to the remainder's competitors and one to the remainder itself.
    const restWon: RoundingEffect = {
      ...rounding,
      leftover: { kronor: 3, competing: 5, rank: 4, winners: ['a', 'b'], restWon: true },
    }
    expect(describeRounding(restWon, { lang: 'en', name: upper, space: 'plain' })).toMatch(
      /to the parts with the largest decimals \(A, B and the rest\), and the decimals here ranked 4 of 5;/,
    )
  })

  test(`names the first ${TIED_PARTS_NAMED} parts that got a krona and of a large tie, and counts the rest`, () => {
    // 300 tied parts: P0 … P9 named, 300 − 10 = 290 counted; 100 kronor were left over, to P0 … P99:
    // P0 … P9 named, 100 − 10 = 90 counted.
    const text = describeRounding(tieOf(300, 0), { lang: 'sv', name: upper, space: 'plain' })
    expect(text).toBe(
      'avrundat uppåt: när alla delar avrundats nedåt blev 100 kronor över, och de gick en i taget till de delar som hade störst decimaler (P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 och 90 till), och decimalerna här kom på plats 1 av 300; decimalerna var lika stora för P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 och 290 till, och ordningen i dokumentet avgjorde',
    )
    expect(describeRounding(tieOf(300, 142), { lang: 'en', name: upper, space: 'plain' })).toMatch(
      /ranked 143 of 300; the decimals were equal for P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 290 more, and document order decided$/,
    )
  })

  test('stays one short line however large the tie, so naming every part is linear', () => {
    const names: string[] = []
    const text = describeRounding(tieOf(100_000, 0), {
      lang: 'sv',
      name: (id) => {
        names.push(id)
        return id
      },
      space: 'plain',
    })
    expect(text.length).toBeLessThan(400)
    // Only the named parts are looked up, not all 100 000: ten of the winners and ten of the tie.
    expect(names).toHaveLength(2 * TIED_PARTS_NAMED)
  })

  test('groups the digits of many leftover kronor, with no-break spaces in the memo', () => {
    // 2 500 kronor left over, one each to p0 … p2499: "2 500", the space a no-break one for the memo;
    // P0 … P9 named and 2 500 − 10 = 2490 counted.
    const winners = Array.from({ length: 2500 }, (_, index) => `p${index}`)
    const rounding: RoundingEffect = {
      policy: 'largest-remainder',
      exact: Rational.of(7, 2),
      delta: new Decimal(0),
      leftover: { kronor: 2500, competing: 5000, rank: 4000, winners },
    }
    expect(describeRounding(rounding, { lang: 'sv', name: upper, space: 'nbsp', to: '3\u00a0kr' })).toBe(
      'avrundat nedåt till 3\u00a0kr: när alla delar avrundats nedåt blev 2\u00a0500 kronor över, och de gick en i taget till de delar som hade störst decimaler (P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 och 2490 till), och decimalerna här kom på plats 4000 av 5000',
    )
  })

  test('gives only the direction for half-up and floor, which leave no kronor over to hand out', () => {
    // 7/2 = 3,5 → 4 half up (+1); 7/2 → 3 floored (0).
    const halfUp: RoundingEffect = { policy: 'half-up', exact: Rational.of(7, 2), delta: new Decimal(1) }
    const floor: RoundingEffect = { policy: 'floor', exact: Rational.of(7, 2), delta: new Decimal(0) }
    expect(describeRounding(halfUp, { lang: 'sv', name: upper, space: 'plain' })).toBe('avrundat uppåt')
    expect(describeRounding(floor, { lang: 'en', name: upper, space: 'plain', to: '3 kr' })).toBe(
      'rounded down to 3 kr',
    )
  })
})
