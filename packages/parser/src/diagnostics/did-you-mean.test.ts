import { describe, expect, test } from 'vitest'
import { suggestClosest } from './did-you-mean.js'

const lineKeys = ['to', 'amount', 'each', 'share', 'rest', 'fund', 'split', 'how', 'purpose', 'lines']
const kinds = ['Agreement', 'Allocation', 'Parties', 'Dataset', 'Strategy', 'ActionPlan']

describe('suggestClosest', () => {
  test('finds a typo', () => {
    // ammount → amount: one deletion.
    expect(suggestClosest('ammount', lineKeys)).toEqual(['amount'])
    // Alocation → Allocation: one insertion.
    expect(suggestClosest('Alocation', kinds)).toEqual(['Allocation'])
  })

  test('ignores case', () => {
    expect(suggestClosest('actionplan', kinds)).toEqual(['ActionPlan'])
    expect(suggestClosest('AMOUNT', lineKeys)).toEqual(['amount'])
  })

  test('lets the allowed distance grow with the length', () => {
    // "too" (3 letters): "to" is 1 edit away, "how" 2; up to 3 letters only 1 is allowed.
    expect(suggestClosest('too', lineKeys)).toEqual(['to'])
    // "shaer" (5 letters) is 2 edits from "share" (a swap is two substitutions); up to 6 letters 2 are allowed.
    expect(suggestClosest('shaer', lineKeys)).toEqual(['share'])
    // "fnud" (4 letters) is 2 edits from "fund", 3 from "to".
    expect(suggestClosest('fnud', lineKeys)).toEqual(['fund'])
    // "sigantories" (11 letters) is 2 edits from "signatories" and 7 from "sections"; past 6 letters 3 are allowed.
    expect(suggestClosest('sigantories', ['signatories', 'sections'])).toEqual(['signatories'])
  })

  test('orders by distance, keeps candidate order on ties, and offers at most three', () => {
    // "ech": each (1 insertion), how (3) — only each is close enough.
    expect(suggestClosest('ech', lineKeys)).toEqual(['each'])
    // "fun": fund (1); "to" is 3 away.
    expect(suggestClosest('fun', lineKeys)).toEqual(['fund'])
    expect(suggestClosest('ab', ['aa', 'ac', 'ad', 'ae'])).toEqual(['aa', 'ac', 'ad'])
  })

  test('offers nothing for an unrelated word', () => {
    expect(suggestClosest('colour', lineKeys)).toEqual([])
    expect(suggestClosest('Budget', kinds)).toEqual([])
  })
})
