import { describe, expect, it } from 'vitest'
import { allocationOf, DATASET, lintSummary } from './__fixtures__/small-county.js'

describe('sum/each-needs-group', () => {
  it('reports `each` to a single party, at its `to`', async () => {
    // "          - { to: " is 18 characters: `region` at columns 19–25 of line 16.
    expect(await lintSummary(allocationOf('100', '          - { to: region, each: 100 }\n'))).toEqual([
      'sum/each-needs-group error fordelning.yaml 16:19-16:25',
    ])
  })

  it('accepts `each` to a group: 50 to each of its two members', async () => {
    expect(await lintSummary(allocationOf('100', '          - { to: forbund, each: 50 }\n'))).toEqual([])
  })
})

describe('sum/group-needs-split', () => {
  it('reports an amount to a group that does not say how its members divide it, at its `to`', async () => {
    // `forbund` at columns 19–26 of line 16.
    expect(await lintSummary(allocationOf('100', '          - { to: forbund, amount: 100 }\n'))).toEqual([
      'sum/group-needs-split error fordelning.yaml 16:19-16:26',
    ])
  })

  it('accepts an amount to a group split equally: 50 and 50', async () => {
    expect(await lintSummary(allocationOf('100', '          - { to: forbund, amount: 100, split: equal }\n'))).toEqual(
      [],
    )
  })
})

describe('sum/split-without-weight', () => {
  const line = '          - { to: forbund, amount: 100, split: folkmangd }\n'

  it('reports money split by weights that are all zero, at the measure', async () => {
    const empty = DATASET.replace(/folkmangd: \d+ \}/g, 'folkmangd: 0 }')
    // "          - { to: forbund, amount: 100, split: " is 47 characters: `folkmangd` at columns 48–57 of line 16.
    expect(await lintSummary(allocationOf('100', line), { 'pop.yaml': empty })).toEqual([
      'sum/split-without-weight error fordelning.yaml 16:48-16:57',
    ])
  })

  it('accepts a split by population: a (100 + 200) and b (300) get 50 each', async () => {
    expect(await lintSummary(allocationOf('100', line))).toEqual([])
  })
})
