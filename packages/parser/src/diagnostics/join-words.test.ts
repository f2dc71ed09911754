import { describe, expect, test } from 'vitest'
import { joinWords } from './join-words.js'

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
