import { describe, expect, test } from 'vitest'
import { Rational } from '@fordela/parser'
import { formatPercent } from './format-percent.js'
import { formatPercentages } from './format-percentages.js'

const plain = (values: readonly string[]) => values.map((value) => value.replaceAll('\u00a0', '~'))

describe('formatPercentages', () => {
  test('thirds add up to 100,00 % by largest remainder', () => {
    // 10 000 hundredths / 3 = 3 333 r 1: the leftover hundredth goes to the first (a tie, document order).
    expect(plain(formatPercentages([Rational.ONE, Rational.ONE, Rational.ONE]))).toEqual([
      '33,34~%',
      '33,33~%',
      '33,33~%',
    ])
  })

  test('the kommunalförbund by population 2025-09-30', () => {
    // From the kommun CSV: Fyrbodal 271 734, GR 1 007 121, Sjuhärad 229 603, Skaraborg 269 572; sum 1 778 030 (all 49).
    // In hundredths of a percent: 1 528,287…, 5 664,252…, 1 291,334…, 1 516,127… → floors add up to 9 999;
    // the hundredth left over goes to the largest remainder, Sjuhärad's ,334….
    const weights = [271_734, 1_007_121, 229_603, 269_572].map((value) => Rational.of(value))
    expect(plain(formatPercentages(weights))).toEqual(['15,28~%', '56,64~%', '12,92~%', '15,16~%'])
  })

  test('the vårdsamverkan areas: three hundredths left over', () => {
    // Göteborgsområdet 779 050, SIMBA 127 033, Södra Älvsborg 316 176, Skaraborg 269 572, Fyrbodal 271 734;
    // sum 1 763 565 (Lilla Edet's 14 465 is in no area). Hundredths 4 417,473…, 720,319…, 1 792,823…,
    // 1 528,563…, 1 540,822…: floors add up to 9 997; the three largest remainders (,823 ,822 ,563) get one each.
    const weights = [779_050, 127_033, 316_176, 269_572, 271_734].map((value) => Rational.of(value))
    expect(plain(formatPercentages(weights))).toEqual(['44,17~%', '7,20~%', '17,93~%', '15,29~%', '15,41~%'])
  })

  test('weights that add up to 0 give 0,00 % each', () => {
    expect(plain(formatPercentages([Rational.ZERO, Rational.ZERO]))).toEqual(['0,00~%', '0,00~%'])
  })
})

describe('formatPercent', () => {
  test('fixed or as few decimals as the value needs', () => {
    expect(formatPercent(Rational.of(1, 4))).toBe('25\u00a0%')
    expect(formatPercent(Rational.of(1, 4), 2)).toBe('25,00\u00a0%')
    // -1/3 = -33,333… % → -33,33 %.
    expect(formatPercent(Rational.of(-1, 3))).toBe('-33,33\u00a0%')
  })
})
