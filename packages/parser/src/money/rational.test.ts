import fc from 'fast-check'
import { Decimal } from 'decimal.js'
import { describe, expect, test } from 'vitest'
import { Rational } from './rational.js'
import { propertyOptions } from '../../../../test/properties/property-options.js'

const numRuns = 2000

/** Rationals from tiny to huge: numerators up to ±10^30, denominators 1…10^30. */
const rational = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }))
  .map(([num, den]) => Rational.of(num, den))
const nonZero = rational.filter((value) => !value.isZero())

describe('Rational', () => {
  test('is kept in lowest terms with a positive denominator', () => {
    const half = Rational.of(2, -4)
    expect([half.num, half.den]).toEqual([-1n, 2n])
    expect(Rational.of(0, -7).equals(Rational.ZERO)).toBe(true)
    expect(Rational.of(6n, 3n).toString()).toBe('2')
  })

  test('1/3 + 1/3 + 1/3 is exactly 1', () => {
    const third = Rational.of(1, 3)
    expect(third.add(third).add(third).equals(Rational.ONE)).toBe(true)
    expect(Rational.sum([third, third, third]).equals(Rational.ONE)).toBe(true)
  })

  test('arithmetic', () => {
    const a = Rational.of(1, 6)
    const b = Rational.of(3, 4)
    expect(a.add(b).toString()).toBe('11/12') // 2/12 + 9/12
    expect(a.sub(b).toString()).toBe('-7/12') // 2/12 − 9/12
    expect(a.mul(b).toString()).toBe('1/8') // 3/24
    expect(a.div(b).toString()).toBe('2/9') // 1/6 × 4/3 = 4/18
    expect([a.compare(b), b.compare(a), a.compare(Rational.of(2, 12))]).toEqual([-1, 1, 0])
    expect([Rational.of(-1, 2).isNegative(), Rational.ZERO.isZero(), Rational.ONE.isZero()]).toEqual([
      true,
      true,
      false,
    ])
  })

  test('floor rounds towards minus infinity', () => {
    expect([
      Rational.of(7, 2).floor(),
      Rational.of(-7, 2).floor(),
      Rational.of(-4, 2).floor(),
      Rational.ZERO.floor(),
    ]).toEqual([3n, -4n, -2n, 0n])
  })

  test('fromDecimalString is exact', () => {
    expect(Rational.fromDecimalString('0.25').toString()).toBe('1/4')
    expect(Rational.fromDecimalString('-12.50').toString()).toBe('-25/2')
    expect(Rational.fromDecimalString('7').toString()).toBe('7')
    expect(Rational.fromDecimalString('0.1').equals(Rational.of(1, 10))).toBe(true)
  })

  test('toDecimal is exact for terminating fractions and 40 digits otherwise', () => {
    expect(Rational.of(1, 8).toDecimal().toFixed()).toBe('0.125')
    expect(Rational.of(-3, 40).toDecimal().toFixed()).toBe('-0.075')
    // 10^25 + 1 needs 26 significant digits, more than decimal.js's default precision of 20.
    expect(
      Rational.of(10n ** 25n + 1n, 1n)
        .toDecimal()
        .toFixed(),
    ).toBe('10000000000000000000000001')
    expect(Rational.of(1, 3).toDecimal().toFixed()).toBe(`0.${'3'.repeat(40)}`)
    expect(Rational.of(2, 3).toDecimal().toFixed()).toBe(`0.${'6'.repeat(39)}7`)
  })

  test('misuse throws', () => {
    expect(() => Rational.of(1, 0)).toThrow(RangeError)
    expect(() => Rational.of(0.5)).toThrow(RangeError)
    expect(() => Rational.of(2 ** 60)).toThrow(RangeError)
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(RangeError)
    expect(() => Rational.fromDecimalString('1,5')).toThrow(RangeError)
  })

  test('laws: commutativity and associativity of + and ×', () => {
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        expect(a.add(b).equals(b.add(a))).toBe(true)
        expect(a.mul(b).equals(b.mul(a))).toBe(true)
        expect(
          a
            .add(b)
            .add(c)
            .equals(a.add(b.add(c))),
        ).toBe(true)
        expect(a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))).toBe(true)
      }),
      propertyOptions('laws: commutativity and associativity of + and ×', numRuns),
    )
  })

  test('laws: (a/b) × (b/a) = 1, a − a = 0, and compare agrees with sub', () => {
    fc.assert(
      fc.property(nonZero, nonZero, (a, b) => {
        expect(a.div(b).mul(b.div(a)).equals(Rational.ONE)).toBe(true)
        expect(a.sub(a).isZero()).toBe(true)
        const difference = a.sub(b)
        expect(a.compare(b)).toBe(difference.isZero() ? 0 : difference.isNegative() ? -1 : 1)
      }),
      propertyOptions('laws: (a/b) × (b/a) = 1, a − a = 0, and compare agrees with sub', numRuns),
    )
  })

  test('laws: floor(x) ≤ x < floor(x) + 1 and the result is normalised', () => {
    fc.assert(
      fc.property(rational, (x) => {
        const floor = Rational.of(x.floor())
        expect(floor.compare(x) <= 0 && x.compare(floor.add(Rational.ONE)) < 0).toBe(true)
        expect(x.den > 0n).toBe(true)
      }),
      propertyOptions('laws: floor(x) ≤ x < floor(x) + 1 and the result is normalised', numRuns),
    )
  })
})

describe('Rational.fromDecimal', () => {
  test('is exact for a Decimal that decimal.js would print with an exponent', () => {
    // 1e-7 prints as "1e-7" by toString but "0.0000001" by toFixed: exactly 1/10 000 000.
    expect(Rational.fromDecimal(new Decimal('1e-7')).toString()).toBe('1/10000000')
    expect(Rational.fromDecimal(new Decimal('-61401458')).toString()).toBe('-61401458')
  })
})
