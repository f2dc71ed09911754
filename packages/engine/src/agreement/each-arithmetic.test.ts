import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { writeEachArithmetic } from './each-arithmetic.js'

const kronor = (...values: number[]): Decimal[] => values.map((value) => new Decimal(value))

describe('writeEachArithmetic', () => {
  it('writes the most common amount first: 18 × 4 000 000 + 3 × 7 000 000 = 93 000 000', () => {
    // Stockholm (01) first in dataset order, yet the 18 four-million län come first.
    const perUnit = kronor(
      7_000_000,
      ...Array<number>(9).fill(4_000_000),
      7_000_000,
      4_000_000,
      7_000_000,
      ...Array<number>(8).fill(4_000_000),
    )
    const { text, total } = writeEachArithmetic(perUnit)
    expect([text, total.toFixed()]).toEqual(['18 × 4 000 000 + 3 × 7 000 000 = 93 000 000', '93000000'])
  })

  it('keeps first-appearance order for equal counts and leaves units with nothing out', () => {
    expect(writeEachArithmetic(kronor(5, 0, 3, 3, 5)).text).toBe('2 × 5 + 2 × 3 = 16')
  })

  it('writes a single amount without arithmetic', () => {
    expect(writeEachArithmetic(kronor(7_000_000)).text).toBe('7 000 000')
    expect(writeEachArithmetic([]).text).toBe('0')
  })
})
