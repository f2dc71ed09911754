import { Decimal } from 'decimal.js'
import { describe, expect, test } from 'vitest'
import { formatKronor } from './format-kronor.js'

const nbsp = '\u00a0'

describe('formatKronor', () => {
  test('groups of three with no-break spaces, and a no-break space before kr', () => {
    expect(formatKronor(new Decimal(61_403_000))).toBe(`61${nbsp}403${nbsp}000${nbsp}kr`)
  })

  test.each([
    [0, 'none', '0'],
    [7, 'none', '7'],
    [999, 'none', '999'],
    [1000, 'none', '1 000'],
    [850_000, 'kr', '850 000 kr'],
    [1_560_000_000, 'kronor', '1 560 000 000 kronor'],
    [-1500, 'kr', '-1 500 kr'],
  ] as const)('%s with unit %s, plain spaces', (value, unit, expected) => {
    expect(formatKronor(new Decimal(value), { unit, space: 'plain' })).toBe(expected)
  })

  test('fractions get a decimal comma; large values keep every digit', () => {
    expect(formatKronor(new Decimal('-1234.5'), { unit: 'none', space: 'plain' })).toBe('-1 234,5')
    expect(formatKronor(new Decimal('1e23'), { unit: 'none', space: 'plain' })).toBe('100 000 000 000 000 000 000 000')
    expect(formatKronor(new Decimal('-0'), { unit: 'none', space: 'plain' })).toBe('0')
  })

  test('refuses NaN and infinity', () => {
    expect(() => formatKronor(new Decimal(NaN))).toThrow(RangeError)
    expect(() => formatKronor(new Decimal(Infinity))).toThrow(RangeError)
  })
})
