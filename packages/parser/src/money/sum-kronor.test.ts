import { Decimal } from 'decimal.js'
import { describe, expect, test } from 'vitest'
import { sumKronor } from './sum-kronor.js'

describe('sumKronor', () => {
  test('adds exactly, and gives 0 for no values', () => {
    // The 2025 memo's three funds: 7 000 000 + 33 492 514 + 20 908 944 = 61 401 458.
    expect(sumKronor([new Decimal(7_000_000), new Decimal(33_492_514), new Decimal(20_908_944)]).toFixed()).toBe(
      '61401458',
    )
    expect(sumKronor([]).toFixed()).toBe('0')
  })

  test('stays exact past 10^20 kr, where decimal.js by default keeps only 20 digits', () => {
    // 101 × (10^18 − 1) = 101 × 10^18 − 101 = 100 999 999 999 999 999 899 (21 digits); the default
    // precision rounded it to …900.
    const values = Array.from({ length: 101 }, () => new Decimal('999999999999999999'))
    expect(sumKronor(values).toFixed()).toBe('100999999999999999899')
    // 10^6 funds at the ceiling of 10^15 kr, plus one krona: 10^21 + 1, 22 digits.
    expect(sumKronor([new Decimal('1e15').times(1_000_000), new Decimal(1)]).toFixed()).toBe('1000000000000000000001')
  })
})
