import { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'
import { describe, expect, test } from 'vitest'
import type { RoundingEffect } from '../derivation/derivation.js'
import { describeRounding, TIED_PARTS_NAMED } from './describe-rounding.js'

/** 1 000 kr split in 300 equal parts: 1000/300 = 3,33… each, floored to 3, and the 100 kronor left go to the first 100 parts by document order. */
function tieOf(count: number): RoundingEffect {
  const parts = Array.from({ length: count }, (_, index) => `p${index}`)
  return { policy: 'largest-remainder', exact: Rational.of(10, 3), delta: new Decimal(1), tie: { parts } }
}

describe('describeRounding', () => {
  test('names the parts a small tie was among', () => {
    const text = describeRounding(tieOf(3), new Decimal(4), 'p0', (id) => id.toUpperCase(), 'sv')
    expect(text).toMatch(/\(lika rest som P1 och P2; dokumentordning avgjorde\)$/)
  })

  test(`names ${TIED_PARTS_NAMED} parts of a large tie and counts the rest`, () => {
    // 300 tied parts, this one included: 299 others, P1 … P10 named, 299 − 10 = 289 counted.
    const text = describeRounding(tieOf(300), new Decimal(4), 'p0', (id) => id.toUpperCase(), 'sv')
    expect(text).toMatch(/\(lika rest som P1, P2, P3, P4, P5, P6, P7, P8, P9, P10 och 289 till; dokumentordning avgjorde\)$/)
    // A winner further down leaves itself out of the names: P0 … P9 are named instead.
    const later = describeRounding(tieOf(300), new Decimal(4), 'p42', (id) => id.toUpperCase(), 'en')
    expect(later).toMatch(/\(same remainder as P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 289 more; document order decided\)$/)
  })

  test('stays one short line however large the tie, so naming every winner is linear', () => {
    const names: string[] = []
    const text = describeRounding(tieOf(100_000), new Decimal(4), 'p0', (id) => (names.push(id), id), 'sv')
    expect(text.length).toBeLessThan(160)
    // Only the named parts are looked up, not all 100 000.
    expect(names).toHaveLength(TIED_PARTS_NAMED)
  })
})
