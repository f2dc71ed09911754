import { Decimal } from 'decimal.js'
import { describe, expect, test } from 'vitest'
import { apportion, splitByShares, type Apportionment } from './apportion.js'
import { Rational } from './rational.js'

const third = Rational.of(1, 3)
const weights = (...values: number[]): Rational[] => values.map((value) => Rational.of(value))

/** The apportionment with amounts as strings, for exact comparisons. */
function plain(result: Apportionment) {
  return {
    parts: result.parts.map((part) => part.toFixed()),
    exact: result.exact.map((value) => value.toString()),
    residual: result.residual.toFixed(),
    adjustments: result.adjustments,
  }
}

describe('apportion, largest-remainder', () => {
  test('28 492 514 in thirds: the two kronor left over are ties decided in document order', () => {
    // 2025 komplexa behov: 33 492 514 − 1 000 000 (VGR) − 4 × 1 000 000 (kommunalförbund) = 28 492 514
    // = 3 × 9 497 504 + 2, so every third is 9 497 504 2/3 and two of three get a krona.
    expect(plain(apportion(new Decimal(28_492_514), [third, third, third], 'largest-remainder'))).toEqual({
      parts: ['9497505', '9497505', '9497504'],
      exact: ['28492514/3', '28492514/3', '28492514/3'],
      residual: '0',
      adjustments: [
        { index: 0, delta: 1, reason: 'tie', tieGroup: [0, 1, 2] },
        { index: 1, delta: 1, reason: 'tie', tieGroup: [0, 1, 2] },
      ],
    })
  })

  test('19 408 944 in thirds divides exactly', () => {
    // 2025 suicidprevention: 20 908 944 − 1 500 000 = 19 408 944 = 3 × 6 469 648
    expect(plain(apportion(new Decimal(19_408_944), [third, third, third], 'largest-remainder'))).toEqual({
      parts: ['6469648', '6469648', '6469648'],
      exact: ['6469648', '6469648', '6469648'],
      residual: '0',
      adjustments: [],
    })
  })

  test('the largest fractional parts win, without a tie', () => {
    // 10 × 1/7 = 1 3/7, 10 × 2/7 = 2 6/7, 10 × 4/7 = 5 5/7: floors 1 + 2 + 5 = 8, two kronor
    // go to 6/7 (index 1) and 5/7 (index 2).
    expect(plain(apportion(new Decimal(10), weights(1, 2, 4), 'largest-remainder'))).toEqual({
      parts: ['1', '3', '6'],
      exact: ['10/7', '20/7', '40/7'],
      residual: '0',
      adjustments: [
        { index: 1, delta: 1, reason: 'largest-remainder', tieGroup: [] },
        { index: 2, delta: 1, reason: 'largest-remainder', tieGroup: [] },
      ],
    })
  })

  test('ranks every fractional part, ties in index order, and records the tie with its losers', () => {
    // 10 by 3 : 1 : 2 : 2 of 8: exact 3,75, 1,25, 2,5, 2,5; floors 3 + 1 + 2 + 2 = 8 leave 2 kronor.
    // Fractions ,75 (index 0), ,5 (2), ,5 (3), ,25 (1): ranks 1, 4, 2, 3; the second krona is a tie
    // between 2 and 3, which index 2 wins and index 3 loses.
    const result = apportion(new Decimal(10), weights(3, 1, 2, 2), 'largest-remainder')
    expect(result.ranking).toEqual({ ranks: [1, 4, 2, 3], competing: 4, tieGroup: [2, 3] })
    // A whole part does not compete: 10 by 1 : 1 : 2 of 4 is 2,5, 2,5 and 5.
    expect(apportion(new Decimal(10), weights(1, 1, 2), 'largest-remainder').ranking).toEqual({
      ranks: [1, 2, undefined],
      competing: 2,
      tieGroup: [0, 1],
    })
    expect(apportion(new Decimal(10), weights(1, 1, 2), 'half-up').ranking).toBeUndefined()
  })

  test('equal fractions that all win are no tie', () => {
    // 7 × 1/4 = 1 3/4 (twice), 7 × 2/4 = 3 1/2: floors 5, both 3/4 win, 1/2 loses.
    expect(apportion(new Decimal(7), weights(1, 1, 2), 'largest-remainder').adjustments).toEqual([
      { index: 0, delta: 1, reason: 'largest-remainder', tieGroup: [] },
      { index: 1, delta: 1, reason: 'largest-remainder', tieGroup: [] },
    ])
  })

  test('a tie below the winners decides nothing', () => {
    // 5 × 1/4 = 1 1/4 (twice), 5 × 2/4 = 2 1/2: floors 4, the one krona goes to 1/2.
    expect(plain(apportion(new Decimal(5), weights(1, 1, 2), 'largest-remainder'))).toMatchObject({
      parts: ['1', '1', '3'],
      adjustments: [{ index: 2, delta: 1, reason: 'largest-remainder', tieGroup: [] }],
    })
  })

  test('stays exact beyond decimal.js precision', () => {
    // 10^23 = 3 × 33 333 333 333 333 333 333 333 + 1
    const result = apportion(new Decimal('1e23'), [third, third, third], 'largest-remainder')
    expect(result.parts.map((part) => part.toFixed())).toEqual([
      '33333333333333333333334',
      '33333333333333333333333',
      '33333333333333333333333',
    ])
  })

  test('zero weights get nothing; all-zero weights leave the whole total as residual', () => {
    expect(plain(apportion(new Decimal(100), weights(0, 1, 0), 'largest-remainder')).parts).toEqual(['0', '100', '0'])
    expect(plain(apportion(new Decimal(100), weights(0, 0), 'largest-remainder'))).toEqual({
      parts: ['0', '0'],
      exact: ['0', '0'],
      residual: '100',
      adjustments: [],
    })
    expect(plain(apportion(new Decimal(100), [], 'floor')).residual).toBe('100')
    expect(plain(apportion(new Decimal(0), weights(1, 2), 'largest-remainder')).parts).toEqual(['0', '0'])
  })
})

describe('apportion, half-up and floor', () => {
  test('28 492 514 in thirds', () => {
    // Each third is 9 497 504 2/3: half-up gives 9 497 505 × 3 = 28 492 515, one krona too many;
    // floor gives 9 497 504 × 3 = 28 492 512, two kronor short.
    const halfUp = plain(apportion(new Decimal(28_492_514), [third, third, third], 'half-up'))
    expect([halfUp.parts, halfUp.residual, halfUp.adjustments]).toEqual([['9497505', '9497505', '9497505'], '-1', []])
    const floor = plain(apportion(new Decimal(28_492_514), [third, third, third], 'floor'))
    expect([floor.parts, floor.residual, floor.adjustments]).toEqual([['9497504', '9497504', '9497504'], '2', []])
  })

  test('half-up rounds a half up', () => {
    // 3 × 1/2 = 1 1/2 → 2, twice: 4 from 3
    expect(plain(apportion(new Decimal(3), weights(1, 1), 'half-up'))).toMatchObject({
      parts: ['2', '2'],
      residual: '-1',
    })
  })
})

describe('apportion misuse', () => {
  test('throws for a total that is not whole kronor ≥ 0 or a negative weight', () => {
    expect(() => apportion(new Decimal('10.5'), weights(1), 'floor')).toThrow(RangeError)
    expect(() => apportion(new Decimal(-1), weights(1), 'floor')).toThrow(RangeError)
    expect(() => apportion(new Decimal(10), weights(1, -1), 'floor')).toThrow(RangeError)
  })
})

describe('splitByShares', () => {
  test('shares of a third each leave the last third; the remainder loses the tie', () => {
    // 10 × 1/3 = 3 1/3, three times (two shares and what they leave): floors 9, the krona goes to index 0.
    const split = splitByShares(new Decimal(10), [third, third], 'largest-remainder')
    expect({
      parts: split.parts.map((part) => part.toFixed()),
      exact: split.exact.map(String),
      remainder: split.remainder.toFixed(),
      remainderExact: split.remainderExact.toString(),
      residual: split.residual.toFixed(),
      adjustments: split.adjustments,
    }).toEqual({
      parts: ['4', '3'],
      exact: ['10/3', '10/3'],
      remainder: '3',
      remainderExact: '10/3',
      residual: '0',
      adjustments: [{ index: 0, delta: 1, reason: 'tie', tieGroup: [0, 1, 2] }],
    })
  })

  test('a large tie is recorded once, shared by its winners, not copied per winner', () => {
    // 20 002 kronor over 20 000 equal weights: 1 each and 2 left over, a 20 000-way tie
    // decided for index 0 and 1 by document order.
    const result = apportion(
      new Decimal(20_002),
      Array.from({ length: 20_000 }, () => Rational.ONE),
      'largest-remainder',
    )
    const [first, second] = result.adjustments
    expect([first?.index, second?.index, first?.tieGroup.length]).toEqual([0, 1, 20_000])
    expect(second?.tieGroup).toBe(first?.tieGroup)
  })

  test('shares rounded half up above the total leave no negative remainder: the invented krona is the residual', () => {
    // 5 kr × 3/10 = 1,5 kr, rounded half up to 2 kr three times: 6 kr of 5, so one krona is invented.
    const tenth3 = Rational.of(3, 10)
    const split = splitByShares(new Decimal(5), [tenth3, tenth3, tenth3], 'half-up')
    expect([split.parts.map((part) => part.toFixed()), split.remainder.toFixed(), split.residual.toFixed()]).toEqual([
      ['2', '2', '2'],
      '0',
      '-1',
    ])
  })

  test('shares that add up to 1 leave no remainder', () => {
    const split = splitByShares(new Decimal(28_492_514), [third, third, third], 'largest-remainder')
    expect([split.parts.map((part) => part.toFixed()), split.remainder.toFixed(), split.residual.toFixed()]).toEqual([
      ['9497505', '9497505', '9497504'],
      '0',
      '0',
    ])
  })

  test('under floor the remainder keeps what the floored shares leave', () => {
    // floor(10/3) = 3 twice, 10 − 6 = 4
    const split = splitByShares(new Decimal(10), [third, third], 'floor')
    expect([split.parts.map((part) => part.toFixed()), split.remainder.toFixed(), split.residual.toFixed()]).toEqual([
      ['3', '3'],
      '4',
      '0',
    ])
  })

  test('under half-up, shares adding up to 1 report the residual', () => {
    // 1 × 1/2 = 1/2 → 1, twice: one krona invented
    const split = splitByShares(new Decimal(1), [Rational.of(1, 2), Rational.of(1, 2)], 'half-up')
    expect([split.parts.map((part) => part.toFixed()), split.remainder.toFixed(), split.residual.toFixed()]).toEqual([
      ['1', '1'],
      '0',
      '-1',
    ])
  })

  test('no shares leave everything', () => {
    const split = splitByShares(new Decimal(500), [], 'largest-remainder')
    expect([split.parts, split.remainder.toFixed(), split.remainderExact.toString()]).toEqual([[], '500', '500'])
  })

  test('throws when the shares add up to more than 1', () => {
    expect(() => splitByShares(new Decimal(10), [Rational.of(2, 3), Rational.of(1, 2)], 'floor')).toThrow(RangeError)
  })
})
