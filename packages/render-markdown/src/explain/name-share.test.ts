import { Rational } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { nameShare } from './name-share.js'

describe('nameShare', () => {
  it('names common shares in Swedish and English', () => {
    const named = (num: number, den: number) => [
      nameShare(Rational.of(num, den), 'sv'),
      nameShare(Rational.of(num, den), 'en'),
    ]
    expect(named(1, 3)).toEqual(['en tredjedel', 'one third'])
    expect(named(2, 3)).toEqual(['två tredjedelar', 'two thirds'])
    expect(named(1, 2)).toEqual(['hälften', 'half'])
    expect(named(3, 4)).toEqual(['tre fjärdedelar', 'three quarters'])
    expect(named(1, 1)).toEqual(['hela', 'all'])
  })

  it('writes other shares as fractions', () => {
    // 35 % is 7/20; twentieths have no everyday word.
    expect(nameShare(Rational.of(7, 20), 'sv')).toBe('7/20')
  })
})
