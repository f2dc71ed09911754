import { Decimal } from 'decimal.js'
import { describe, expect, test } from 'vitest'
import { sumKronor } from './sum-kronor.js'

describe('sumKronor', () => {
  test('adds exactly, and gives 0 for no values', () => {
    // The 2025 memo's three funds: 7 000 000 + 33 492 514 + 20 908 944 = 61 401 458.
    expect(sumKronor([new Decimal(7_000_000), new Decimal(33_492_514), new Decimal(20_908_944)]).toFixed()).toBe('61401458')
    expect(sumKronor([]).toFixed()).toBe('0')
  })
})
