import { loadYaml, type YamlScalar } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { suggestAmountFix } from './suggest-amount-fix.js'

/** The scalar of `amount: <written>` as the parser reads it. */
function amountScalar(written: string): YamlScalar {
  const { root } = loadYaml(`amount: ${written}\n`, 'prov.yaml')
  if (root?.type !== 'map' || root.entries[0]?.value.type !== 'scalar') throw new Error('no scalar')
  return root.entries[0].value
}

describe('suggestAmountFix', () => {
  it.each([
    ['1.500.000', '"1 500 000"'],
    ['"1.500.000 kr"', '"1 500 000 kr"'],
    ['"1,500,000"', '"1 500 000"'],
    // 1,5 × 10^6 and 10^6: exponent form that comes out whole.
    ['1.5e6', '"1 500 000"'],
    ['1e6', '"1 000 000"'],
    // Only the spaces are missing after the first group.
    ['7000 000', '"7 000 000"'],
  ])('fixes %s as %s', (written, fixed) => {
    expect(suggestAmountFix(amountScalar(written), 'prov.yaml')).toBe(fixed)
  })

  it.each([
    // One separator: a decimal to some, thousands to others.
    ['1.500'],
    ['"1,500"'],
    // 7 00 000: a typo for 700 000 or for 7 000 000?
    ['"7 00 000"'],
    // Not whole kronor, and not an amount at all.
    ['1.5e-3'],
    ['0x10'],
    ['7000000'],
  ])('leaves %s for a person', (written) => {
    expect(suggestAmountFix(amountScalar(written), 'prov.yaml')).toBeUndefined()
  })
})
