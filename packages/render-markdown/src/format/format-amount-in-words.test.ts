import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { claimHolds, parseClaimPhrase } from '@fordela/parser'
import { formatAmountInWords } from './format-amount-in-words.js'
import { propertyOptions } from '../../../../test/properties/property-options.js'

const words = (value: number | string) => formatAmountInWords(new Decimal(value)).replaceAll('\u00a0', '~')

describe('formatAmountInWords', () => {
  test('an exact count of a unit has no direction word', () => {
    // 7 000 000 = 7 × 1 000 000: the 2025 memo's "7 miljoner" for the strategy fund.
    expect(words(7_000_000)).toBe('7~miljoner kronor')
    // One of a unit is spelled: "en miljon", "ett tusen", "en miljard".
    expect(words(1_000_000)).toBe('en~miljon kronor')
    expect(words(1_000)).toBe('ett~tusen kronor')
    expect(words(1_000_000_000)).toBe('en~miljard kronor')
    // 850 000 = 850 × 1 000: tusen is the largest unit it holds one of.
    expect(words(850_000)).toBe('850~tusen kronor')
  })

  test('an amount between figures is "drygt" the whole units it holds', () => {
    // The suicide prevention fund, 20 908 944 kr = 20 × 1 000 000 + 908 944: the memo's "drygt 20 miljoner kronor".
    expect(words(20_908_944)).toBe('drygt 20~miljoner kronor')
    // The 2025 total, 61 401 458 kr = 61 × 1 000 000 + 401 458.
    expect(words(61_401_458)).toBe('drygt 61~miljoner kronor')
    // 1 500 000 000 = 1 × 10⁹ + 5 × 10⁸.
    expect(words(1_500_000_000)).toBe('drygt en~miljard kronor')
    // 1 999 = 1 × 1 000 + 999.
    expect(words(1_999)).toBe('drygt ett~tusen kronor')
  })

  test('large counts keep their digit groups; small amounts are written in full', () => {
    // 2 × 10¹² = 2 000 × 10⁹: no unit above miljard.
    expect(words('2000000000000')).toBe('2~000~miljarder kronor')
    expect(words(999)).toBe('999~kronor')
    expect(words(0)).toBe('0~kronor')
  })

  test('an amount that is not whole, non-negative kronor is written as figures', () => {
    expect(words(-1_500)).toBe('-1~500~kronor')
    expect(words('12.5')).toBe('12,5~kronor')
  })

  test('every text it writes, read back as a claim phrase, holds for its amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), (value) => {
        const amount = new Decimal(value.toString())
        const claim = parseClaimPhrase(formatAmountInWords(amount))
        expect(claim).toBeDefined()
        expect(claimHolds(claim!, amount)).toBe(true)
      }),
      propertyOptions('every text it writes, read back as a claim phrase, holds for its amount', 500),
    )
  })
})
