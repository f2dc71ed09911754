import { describe, expect, test } from 'vitest'
import { Rational } from '@fordela/parser'
import { formatShareInWords } from './format-share-in-words.js'

const share = (num: number, den: number) => formatShareInWords(Rational.of(num, den)).replaceAll('\u00a0', '~')

describe('formatShareInWords', () => {
  test('halves, thirds and quarters in words', () => {
    expect(share(1, 2)).toBe('hälften')
    expect(share(1, 3)).toBe('en tredjedel')
    expect(share(2, 3)).toBe('två tredjedelar')
    expect(share(1, 4)).toBe('en fjärdedel')
    expect(share(3, 4)).toBe('tre fjärdedelar')
    // 2/4 is 1/2 in lowest terms.
    expect(share(2, 4)).toBe('hälften')
  })

  test('fifths to tenths in words', () => {
    expect(share(1, 5)).toBe('en femtedel')
    expect(share(1, 6)).toBe('en sjättedel')
    expect(share(1, 7)).toBe('en sjundedel')
    expect(share(1, 8)).toBe('en åttondel')
    expect(share(1, 9)).toBe('en niondel')
    expect(share(1, 10)).toBe('en tiondel')
    expect(share(9, 10)).toBe('nio tiondelar')
  })

  test('any other share is a percentage, exact to two decimals or rounded half up', () => {
    // 1/1 and 3/2 are not proper fractions.
    expect(share(1, 1)).toBe('100~%')
    expect(share(3, 2)).toBe('150~%')
    // 1/16 = 6,25 %.
    expect(share(1, 16)).toBe('6,25~%')
    // 1/11 = 9,0909… % → 9,09 %; 2/11 = 18,1818… % → 18,18 %; 1/12 = 8,333… %.
    expect(share(1, 11)).toBe('9,09~%')
    expect(share(2, 11)).toBe('18,18~%')
    expect(share(1, 12)).toBe('8,33~%')
    // 1/200 = 0,5 %; 1/40 = 2,5 %.
    expect(share(1, 200)).toBe('0,5~%')
    expect(share(1, 40)).toBe('2,5~%')
  })
})
