import { describe, expect, it } from 'vitest'
import { allocation, COMPLETE_MEMBERS, lint, parties } from '../__fixtures__/county-with-agreement.js'
import { allocationOf, lintSummary, PARTIES } from './__fixtures__/small-county.js'

const splitByPopulation = '          - { to: forbund, rest: true, split: folkmangd }\n'

describe('data/missing-weight', () => {
  it('refuses to split by a weight that a member lacks (K3 has no population) rather than guess', async () => {
    const found = await lint({
      'parter.yaml': parties(COMPLETE_MEMBERS),
      'f.yaml': allocation('{ id: f, amount: 10 }', splitByPopulation),
    })
    // Reported at K3 in member b's units (line 14, columns 35–37), once.
    expect(found).toEqual(['data/missing-weight error parter.yaml 14:35-14:37'])
  })

  it('reports a member unit without a weight once, however many allocations split the group', async () => {
    // Regression: each allocation splitting the förbund found K3's missing weight again (six allocations
    // sharing one parties file printed it six times at one place).
    const found = await lint({
      'parter.yaml': parties(COMPLETE_MEMBERS),
      'f.yaml': allocation('{ id: f, amount: 10 }', splitByPopulation),
      'g.yaml': allocation('{ id: f, amount: 10 }', splitByPopulation).replace('id: f\ntitle: F', 'id: g\ntitle: G'),
    })
    // As in the single-allocation case above: K3 in member b's units, line 14, columns 35–37.
    expect(found).toEqual(['data/missing-weight error parter.yaml 14:35-14:37'])
  })

  it('accepts a split when every unit has its weight: K1 and K2 (100 + 200) for a', async () => {
    const members = '      - { id: a, name: A, units: [K1, K2] }\n'
    const unassigned = '    unassigned:\n      - { unit: K3, reason: Okänd folkmängd }\n'
    expect(
      await lint({
        'parter.yaml': parties(members, unassigned),
        'f.yaml': allocation('{ id: f, amount: 10 }', splitByPopulation),
      }),
    ).toEqual([])
  })
})

describe('data/no-dataset-for-split and data/missing-measure', () => {
  it('reports a split by a measure when the parties have no dataset, at the group', async () => {
    // Without the `dataset:` line the group `forbund` is on line 10, columns 9–16 of parter.yaml.
    const withoutDataset = PARTIES.replace('dataset: ./pop.yaml\n', '')
    expect(await lintSummary(allocationOf('600', splitByPopulation), { 'parter.yaml': withoutDataset })).toEqual([
      'data/no-dataset-for-split error parter.yaml 10:9-10:16',
    ])
  })

  it('reports a split by a measure the dataset does not have, at the group', async () => {
    // The group `forbund` is on line 11, columns 9–16 of parter.yaml; the dataset has only folkmangd.
    expect(await lintSummary(allocationOf('600', splitByPopulation.replace('folkmangd', 'invanare')))).toEqual([
      'data/missing-measure error parter.yaml 11:9-11:16',
    ])
  })

  it('accepts a split by the measure the dataset has: 300 and 300', async () => {
    expect(await lintSummary(allocationOf('600', splitByPopulation))).toEqual([])
  })
})
