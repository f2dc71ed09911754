import { Decimal } from 'decimal.js'
import { describe, expect, test } from 'vitest'
import { claimHolds, parseClaimPhrase, type ClaimPhrase } from './claim-phrase.js'
import { describeClaimBand } from './describe-claim-band.js'

function claim(text: string): ClaimPhrase {
  const parsed = parseClaimPhrase(text)
  if (!parsed) throw new Error(`not a claim: ${text}`)
  return parsed
}

/** The claim's direction and band as plain strings. */
function band(text: string) {
  const { direction, figure, unit, low, high, lowInclusive, highInclusive } = claim(text)
  return [direction, figure.toFixed(), unit.toFixed(), low.toFixed(), high.toFixed(), lowInclusive, highInclusive]
}

const holds = (text: string, value: number): boolean => claimHolds(claim(text), new Decimal(value))

describe('parseClaimPhrase', () => {
  test.each([
    // digits: the unit is the place of the last non-zero digit
    ['drygt 61 403 000', ['above', '61403000', '1000', '61403000', '61404000', false, false]],
    ['dryga 33 500 000', ['above', '33500000', '100000', '33500000', '33600000', false, false]],
    ['strax över 7 000 000 kr', ['above', '7000000', '1000000', '7000000', '8000000', false, false]],
    ['knappt 61 403 000 kronor', ['below', '61403000', '1000', '61402000', '61403000', false, false]],
    ['knappa 250', ['below', '250', '10', '240', '250', false, false]],
    ['strax under 1 000', ['below', '1000', '1000', '0', '1000', false, false]],
    ['cirka 61 403 000', ['near', '61403000', '1000', '61402500', '61403500', true, true]],
    ['ca 3', ['near', '3', '1', '2.5', '3.5', true, true]],
    ['c:a 40', ['near', '40', '10', '35', '45', true, true]],
    ['omkring 0', ['near', '0', '1', '-0.5', '0.5', true, true]],
    ['61 403 000', ['exact', '61403000', '1000', '61403000', '61403000', true, true]],
    // words: the named unit, scaled to the last written decimal
    ['drygt 20 miljoner kronor', ['above', '20000000', '1000000', '20000000', '21000000', false, false]],
    ['ungefär 1,5 miljoner', ['near', '1500000', '100000', '1450000', '1550000', true, true]],
    ['knappt 2 miljoner', ['below', '2000000', '1000000', '1000000', '2000000', false, false]],
    ['drygt 850 tusen', ['above', '850000', '1000', '850000', '851000', false, false]],
    ['cirka en miljon', ['near', '1000000', '1000000', '500000', '1500000', true, true]],
    ['två miljoner', ['exact', '2000000', '1000000', '2000000', '2000000', true, true]],
    ['7 miljoner', ['exact', '7000000', '1000000', '7000000', '7000000', true, true]],
    ['Drygt\u00a020\u00a0miljoner', ['above', '20000000', '1000000', '20000000', '21000000', false, false]],
  ])('%s', (text, expected) => {
    expect(band(text)).toEqual(expected)
  })

  test.each([
    '',
    'drygt',
    'mer än 20 miljoner',
    'drygt -5',
    'drygt 1.500.000',
    'drygt 7 00 000',
    'cirka 12,5',
    'elva miljoner',
    'drygt 1,0000005 kr',
  ])('"%s" is not a claim', (text) => {
    expect(parseClaimPhrase(text)).toBeUndefined()
  })

  test('keeps the text as given', () => {
    expect(claim(' Drygt 20 miljoner ').text).toBe(' Drygt 20 miljoner ')
  })
})

describe('claimHolds', () => {
  test('"drygt 61 403 000" does not hold for the computed Västra Götaland total, a value above does', () => {
    // 61 401 458 < 61 403 000: the memo's "drygt" points the wrong way.
    expect(holds('drygt 61 403 000', 61_401_458)).toBe(false)
    expect(holds('drygt 61 403 000', 61_403_500)).toBe(true)
    // the bounds themselves are excluded
    expect([holds('drygt 61 403 000', 61_403_000), holds('drygt 61 403 000', 61_404_000)]).toEqual([false, false])
  })

  test('"dryga 33 500 000" does not hold for 33 492 514 (below the figure)', () => {
    expect(holds('dryga 33 500 000', 33_492_514)).toBe(false)
  })

  test('"drygt 20 miljoner kronor" holds for 20 908 944', () => {
    // 20 000 000 < 20 908 944 < 21 000 000
    expect(holds('drygt 20 miljoner kronor', 20_908_944)).toBe(true)
  })

  test('"7 miljoner" holds for exactly 7 000 000', () => {
    expect([holds('7 miljoner', 7_000_000), holds('7 miljoner', 7_000_001), holds('7 miljoner', 6_999_999)]).toEqual([
      true,
      false,
      false,
    ])
  })

  test('"knappt 2 miljoner" holds for 1 950 000 but not 2 000 000', () => {
    expect([holds('knappt 2 miljoner', 1_950_000), holds('knappt 2 miljoner', 2_000_000)]).toEqual([true, false])
  })

  test('"cirka" includes both bounds', () => {
    // cirka 61 403 000: 61 402 500 ≤ v ≤ 61 403 500
    expect([61_402_499, 61_402_500, 61_403_500, 61_403_501].map((v) => holds('cirka 61 403 000', v))).toEqual([
      false,
      true,
      true,
      false,
    ])
  })
})

describe('describeClaimBand', () => {
  test.each([
    ['drygt 61 403 000', 'mellan 61 403 000 och 61 404 000 kr', 'between 61 403 000 and 61 404 000 kr'],
    [
      'cirka 61 403 000',
      'mellan 61 402 500 och 61 403 500 kr, gränserna inräknade',
      'between 61 402 500 and 61 403 500 kr, bounds included',
    ],
    ['ca 3', 'mellan 2,5 och 3,5 kr, gränserna inräknade', 'between 2,5 and 3,5 kr, bounds included'],
    ['7 miljoner', 'exakt 7 000 000 kr', 'exactly 7 000 000 kr'],
  ])('%s', (text, sv, en) => {
    expect(describeClaimBand(claim(text))).toEqual({ sv, en })
  })
})
