import { describe, expect, it } from 'vitest'
import { allocationOf, header, lintSummary } from './__fixtures__/small-county.js'

describe('sum/multiple-rest', () => {
  it('reports a second rest line of a step, at the line', async () => {
    const lines = '          - { to: region, rest: true }\n          - { to: pool, rest: true }\n'
    // The second line's flow map "{ to: pool, rest: true }" (24 characters from column 13).
    expect(await lintSummary(allocationOf('900', lines))).toEqual([
      'sum/multiple-rest error fordelning.yaml 17:13-17:37',
    ])
  })

  it('reports a second rest line among child lines', async () => {
    const lines =
      '          - to: region\n            amount: 100\n            lines:\n              - { to: region, rest: true }\n              - { to: region, rest: true }\n'
    // The second child (line 20) is a flow map of 26 characters from column 17.
    expect(await lintSummary(allocationOf('100', lines))).toEqual([
      'sum/multiple-rest error fordelning.yaml 20:17-20:43',
    ])
  })

  it('accepts one rest per fund in a step', async () => {
    const allocation = `${header()}funds:\n  - { id: f, amount: 900 }\n  - { id: g, amount: 100 }\nsections:\n  - id: s\n    title: S\n    fund: f\n    links: { area: x }\n    steps:\n      - lines:\n          - { to: region, rest: true }\n          - { to: pool, rest: true, fund: g }\n`
    expect(await lintSummary(allocation)).toEqual([])
  })
})
