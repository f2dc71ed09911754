import { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { formatAmount, formatExactFigure, formatWeight } from './format-figures.js'

describe('formatExactFigure', () => {
  it('writes whole values without decimals and others to two decimals, half up', () => {
    expect(formatExactFigure(Rational.of(6_469_648n))).toBe('6 469 648')
    // 28 492 514 / 3 = 9 497 504,666… → ,67.
    expect(formatExactFigure(Rational.of(28_492_514n, 3n))).toBe('9 497 504,67')
    // 1/8 = 0,125 → ,13 (half up).
    expect(formatExactFigure(Rational.of(1n, 8n))).toBe('0,13')
  })

  it('shows more decimals rather than let a fraction look whole', () => {
    // 1,999 would round to 2,00 and 1,001 to 1,00: both keep a third decimal.
    expect(formatExactFigure(Rational.of(1_999n, 1_000n))).toBe('1,999')
    expect(formatExactFigure(Rational.of(1_001n, 1_000n))).toBe('1,001')
    // 1/3000 = 0,000333…: four decimals are the first that are not 0 after rounding.
    expect(formatExactFigure(Rational.of(1n, 3_000n))).toBe('0,0003')
  })
})

describe('formatWeight and formatAmount', () => {
  it('writes weights as whole figures, finite decimals or fractions', () => {
    expect(formatWeight(Rational.of(1_767_016n))).toBe('1 767 016')
    expect(formatWeight(Rational.of(1n, 2n))).toBe('0,5')
    expect(formatWeight(Rational.of(1n, 3n))).toBe('1/3')
  })

  it('writes amounts with plain spaces and kr', () => {
    expect(formatAmount(new Decimal(33_492_514))).toBe('33 492 514 kr')
  })
})
