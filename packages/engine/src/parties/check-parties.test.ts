import { describe, expect, it } from 'vitest'
import { allocation, lint, parties, toRegion } from '../__fixtures__/county-with-agreement.js'

describe('parties against their dataset', () => {
  it('reports a unit in two members, an unknown unit, and a county unit in no member', async () => {
    const members = '      - { id: a, name: A, units: [K1, K2] }\n      - { id: b, name: B, units: [K2, K7] }\n'
    const found = await lint({
      'parter.yaml': parties(members),
      'f.yaml': allocation('{ id: f, amount: 10 }', toRegion),
    })
    expect(found).toEqual([
      // K3 of Testlän is in no member (K9 belongs to another län and is not expected).
      'data/unassigned-unit warning parter.yaml 10:9-10:16',
      // Line 14: "      - { id: b, name: B, units: [K2, K7] }": K2 at columns 35–37, K7 at 39–41.
      'data/unit-in-two-members error parter.yaml 14:35-14:37',
      'data/unknown-unit error parter.yaml 14:39-14:41',
    ])
  })

  it('accepts a unit left out with a reason, and refuses one that is also assigned', async () => {
    const members = '      - { id: a, name: A, units: [K1, K2] }\n'
    const ok = await lint({
      'parter.yaml': parties(members, '    unassigned:\n      - { unit: K3, reason: Okänd grupp }\n'),
      'f.yaml': allocation('{ id: f, amount: 10 }', toRegion),
    })
    expect(ok).toEqual([])
    const twice = await lint({
      'parter.yaml': parties(
        members,
        '    unassigned:\n      - { unit: K1, reason: Fel }\n      - { unit: K3, reason: Okänd grupp }\n',
      ),
      'f.yaml': allocation('{ id: f, amount: 10 }', toRegion),
    })
    expect(twice).toEqual(['data/unassigned-but-assigned error parter.yaml 15:17-15:19'])
  })
})
