import { describe, expect, it } from 'vitest'
import { parseRatioClaim, ratioClaimHolds, suggestRatioWording } from './ratio-claim.js'
import { Rational } from './rational.js'

/** Whether the claim holds for left : right. */
function holds(text: string, left: number, right: number): boolean {
  const claim = parseRatioClaim(text)
  expect(claim, text).toBeDefined()
  return ratioClaimHolds(claim!, Rational.of(left), Rational.of(right))
}

describe('parseRatioClaim', () => {
  it('keeps an exact a:b exact, a zero side included', () => {
    expect(holds('1:2', 500, 1000)).toBe(true)
    expect(holds('1:2', 501, 1000)).toBe(false)
    expect(holds('2:1', 7_000_000, 3_500_000)).toBe(true)
    expect(holds('1:0', 5, 0)).toBe(true) // 5 × 0 = 0 × 1
    expect(parseRatioClaim('0:0')).toBeUndefined()
    expect(parseRatioClaim('cirka 1:0')).toBeUndefined()
  })

  it('reads "cirka 1:2" as within a tenth of 1/2: 0,45 to 0,55, bounds included', () => {
    expect(holds('cirka 1:2', 45, 100)).toBe(true)
    expect(holds('cirka 1:2', 55, 100)).toBe(true)
    expect(holds('cirka 1:2', 449, 1000)).toBe(false)
    expect(holds('ca 1 : 2', 551, 1000)).toBe(false)
  })

  it('reads shares in words with their bands', () => {
    expect(holds('hälften', 1, 2)).toBe(true)
    expect(holds('hälften', 49, 100)).toBe(false)
    expect(holds('ungefär hälften', 48, 100)).toBe(true)
    // drygt en tredjedel: 1/3 < q ≤ 1/3 + 1/30 = 11/30 (0,3666…).
    expect(holds('drygt en tredjedel', 35, 100)).toBe(true)
    expect(holds('drygt en tredjedel', 1, 3)).toBe(false)
    expect(holds('drygt en tredjedel', 11, 30)).toBe(true)
    expect(holds('drygt en tredjedel', 37, 100)).toBe(false)
    // knappt två tredjedelar: 2/3 − 2/30 = 3/5 ≤ q < 2/3.
    expect(holds('knappt två tredjedelar', 60, 100)).toBe(true)
    expect(holds('knappt två tredjedelar', 59, 100)).toBe(false)
    expect(holds('två tredjedelar', 2, 3)).toBe(true)
    expect(holds('tre fjärdedelar', 75, 100)).toBe(true)
    expect(holds('dubbelt så mycket', 2, 1)).toBe(true)
    expect(holds('cirka tre gånger så mycket', 31, 10)).toBe(true)
    expect(holds('lika mycket', 4, 4)).toBe(true)
  })

  it('refuses what is no ratio or share', () => {
    for (const text of ['mycket mer', 'en tredjedelar', 'två tredjedel', 'tre tredjedelar', 'drygt', '1:2:3', '']) {
      expect(parseRatioClaim(text), text).toBeUndefined()
    }
  })
})

describe('suggestRatioWording', () => {
  it('suggests the wording a memo would use instead of the exact ratio', () => {
    // 13/27 = 0,481…: within a tenth of 1/2 (0,45–0,55), below it.
    expect(suggestRatioWording(Rational.of(13), Rational.of(27), 'share')).toBe('knappt hälften')
    expect(suggestRatioWording(Rational.of(13), Rational.of(27), 'ratio')).toBe('cirka 1:2')
    // 11/23 = 0,478…
    expect(suggestRatioWording(Rational.of(2_750_000), Rational.of(5_750_000), 'share')).toBe('knappt hälften')
    // 7/20 = 0,35: above 1/3 by less than a tenth of it.
    expect(suggestRatioWording(Rational.of(7), Rational.of(20), 'share')).toBe('drygt en tredjedel')
    expect(suggestRatioWording(Rational.of(2), Rational.of(3), 'share')).toBe('två tredjedelar')
    expect(suggestRatioWording(Rational.of(3), Rational.of(1), 'ratio')).toBe('3:1')
    expect(suggestRatioWording(Rational.of(1), Rational.of(0), 'ratio')).toBe('1:0')
  })
})
