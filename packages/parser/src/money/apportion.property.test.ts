import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { apportion, splitByShares, type Apportionment } from './apportion.js'
import { Rational } from './rational.js'
import { propertyOptions } from '../../../../test/properties/property-options.js'

const numRuns = 2000

const total = fc.bigInt({ min: 0n, max: 10n ** 12n })

/** Weights of every size: zeros, small integers, huge and tiny fractions. */
const weight = fc.oneof(
  fc.constant(Rational.ZERO),
  fc.integer({ min: 0, max: 10 }).map((value) => Rational.of(value)),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }))
    .map(([num, den]) => Rational.of(num, den)),
  fc.bigInt({ min: 10n ** 15n, max: 10n ** 25n }).map((den) => Rational.of(1n, den)),
)
const weightList = fc.array(weight, { minLength: 1, maxLength: 50 })

/** Few distinct small weights, so that equal fractional parts (ties) are common. */
const tieProneList = fc.array(
  fc.integer({ min: 0, max: 3 }).map((value) => Rational.of(value)),
  { minLength: 1, maxLength: 50 },
)

const sum = (values: readonly Decimal[]): bigint => values.reduce((acc, value) => acc + BigInt(value.toFixed()), 0n)
const whole = (value: Decimal): bigint => BigInt(value.toFixed())
const hasWeight = (weights: readonly Rational[]): boolean => weights.some((w) => !w.isZero())

/** Indices that took part in a tie that decided a krona. */
function tieMembers(result: Apportionment): Set<number> {
  return new Set(result.adjustments.filter((a) => a.reason === 'tie').flatMap((a) => a.tieGroup))
}

describe('apportion properties', () => {
  test('largest-remainder: parts add up to the total, none negative, each the floor or ceiling of its exact value', () => {
    fc.assert(
      fc.property(total, weightList, (t, weights) => {
        const result = apportion(new Decimal(t.toString()), weights, 'largest-remainder')
        if (!hasWeight(weights)) {
          expect(whole(result.residual)).toBe(t)
          return
        }
        expect(sum(result.parts)).toBe(t)
        expect(whole(result.residual)).toBe(0n)
        result.parts.forEach((part, index) => {
          const exact = result.exact[index] ?? Rational.ZERO
          const floor = exact.floor()
          const ceiling = Rational.of(floor).equals(exact) ? floor : floor + 1n
          expect(whole(part) >= 0n).toBe(true)
          expect([floor, ceiling]).toContain(whole(part))
        })
        // One adjustment per krona above the floors, each to a different part.
        const floors = result.exact.reduce((acc, exact) => acc + exact.floor(), 0n)
        expect(BigInt(result.adjustments.length)).toBe(t - floors)
        expect(new Set(result.adjustments.map((a) => a.index)).size).toBe(result.adjustments.length)
        // Every part that got a krona had a larger fractional part than every part that did not, or an equal one and a lower index.
        const fraction = (index: number) =>
          (result.exact[index] ?? Rational.ZERO).sub(Rational.of((result.exact[index] ?? Rational.ZERO).floor()))
        const winners = new Set(result.adjustments.map((a) => a.index))
        for (const winner of winners) {
          for (let loser = 0; loser < weights.length; loser++) {
            if (winners.has(loser)) continue
            const order = fraction(winner).compare(fraction(loser))
            expect(order > 0 || (order === 0 && winner < loser)).toBe(true)
          }
        }
      }),
      propertyOptions(
        'largest-remainder: parts add up to the total, none negative, each the floor or ceiling of its exact value',
        numRuns,
      ),
    )
  })

  test('largest-remainder: permuting the weights only moves kronor between tied parts', () => {
    const case_ = fc
      .tuple(total, fc.oneof(tieProneList, weightList))
      .chain(([t, weights]) =>
        fc.tuple(
          fc.constant(t),
          fc.constant(weights),
          fc.shuffledSubarray([...weights.keys()], { minLength: weights.length, maxLength: weights.length }),
        ),
      )
    fc.assert(
      fc.property(case_, ([t, weights, order]) => {
        const amount = new Decimal(t.toString())
        const before = apportion(amount, weights, 'largest-remainder')
        const after = apportion(
          amount,
          order.map((index) => weights[index] ?? Rational.ZERO),
          'largest-remainder',
        )
        const tiedBefore = tieMembers(before)
        const tiedAfter = tieMembers(after)
        order.forEach((original, position) => {
          expect(after.exact[position]?.equals(before.exact[original] ?? Rational.ZERO)).toBe(true)
          if (!after.parts[position]?.eq(before.parts[original] ?? 0)) {
            expect([tiedBefore.has(original), tiedAfter.has(position)]).toEqual([true, true])
          }
        })
      }),
      propertyOptions('largest-remainder: permuting the weights only moves kronor between tied parts', numRuns),
    )
  })

  test('half-up and floor: the residual is total − Σparts; floor leaves less than one krona per part', () => {
    fc.assert(
      fc.property(total, weightList, fc.constantFrom('half-up' as const, 'floor' as const), (t, weights, policy) => {
        const result = apportion(new Decimal(t.toString()), weights, policy)
        expect(whole(result.residual)).toBe(t - sum(result.parts))
        if (!hasWeight(weights)) return
        const half = Rational.of(1, 2)
        result.parts.forEach((part, index) => {
          const exact = result.exact[index] ?? Rational.ZERO
          const error = Rational.of(whole(part)).sub(exact)
          if (policy === 'floor') expect(whole(part)).toBe(exact.floor())
          else expect(error.compare(half) <= 0 && error.compare(half.mul(Rational.of(-1))) > 0).toBe(true)
        })
        if (policy === 'floor') {
          expect(whole(result.residual) >= 0n && whole(result.residual) < BigInt(weights.length)).toBe(true)
        }
      }),
      propertyOptions(
        'half-up and floor: the residual is total − Σparts; floor leaves less than one krona per part',
        numRuns,
      ),
    )
  })

  test('splitByShares: parts + remainder + residual is the total, and the remainder is close to its exact value', () => {
    // Shares from weights, scaled so that they add up to exactly 1 (spare 1) or less.
    const shares = weightList.chain((weights) =>
      fc.integer({ min: 1, max: 3 }).map((spare) => {
        const scale = Rational.sum(weights).add(Rational.of(spare - 1))
        return scale.isZero() ? weights : weights.map((w) => w.div(scale))
      }),
    )
    const policy = fc.constantFrom('largest-remainder' as const, 'half-up' as const, 'floor' as const)
    fc.assert(
      fc.property(total, shares, policy, (t, list, rounding) => {
        const split = splitByShares(new Decimal(t.toString()), list, rounding)
        expect(sum(split.parts) + whole(split.remainder) + whole(split.residual)).toBe(t)
        // A remainder is money left for later lines: it can be empty but never negative.
        expect(split.remainder.isNegative()).toBe(false)
        const n = Rational.of(list.length)
        const distance = Rational.of(whole(split.remainder)).sub(split.remainderExact)
        const magnitude = distance.isNegative() ? distance.mul(Rational.of(-1)) : distance
        if (rounding === 'largest-remainder') {
          // The remainder is one more part: the floor or ceiling of its exact value.
          expect([whole(split.residual), magnitude.compare(Rational.ONE) < 0]).toEqual([0n, true])
        } else if (rounding === 'floor') {
          // It collects what flooring each share dropped: under 1 krona per share.
          expect(!distance.isNegative() && distance.compare(n) < 0).toBe(true)
        } else {
          // Rounding each share half up moves at most half a krona per share.
          expect(magnitude.compare(n.div(Rational.of(2))) <= 0).toBe(true)
        }
      }),
      propertyOptions(
        'splitByShares: parts + remainder + residual is the total, and the remainder is close to its exact value',
        numRuns,
      ),
    )
  })
})
