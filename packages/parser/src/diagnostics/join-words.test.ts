import { describe, expect, test } from 'vitest'
import { joinFirstWords, joinWords } from './join-words.js'

describe('joinWords', () => {
  test('joins the last two with the conjunction and the rest with commas', () => {
    expect(joinWords(['vgr', 'nsph', 'gr'], 'och')).toBe('vgr, nsph och gr')
    expect(joinWords(['amount', 'share'], 'or')).toBe('amount or share')
  })

  test('gives one word as it is and none as nothing', () => {
    expect(joinWords(['rest'], 'eller')).toBe('rest')
    expect(joinWords([], 'and')).toBe('')
  })
})

describe('joinFirstWords', () => {
  test('lists them all when none are left out', () => {
    expect(joinFirstWords(['a', 'b', 'c'], 3, 'och', (rest) => `${rest} till`)).toBe('a, b och c')
  })

  test('counts the rest: 3 of 290 shown leaves 287', () => {
    expect(joinFirstWords(['a', 'b', 'c'], 290, 'och', (rest) => `${rest} till`)).toBe('a, b, c och 287 till')
    expect(joinFirstWords(['a'], 2, 'and', (rest) => `${rest} more`)).toBe('a and 1 more')
  })
})
