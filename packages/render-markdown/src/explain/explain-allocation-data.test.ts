import { describe, expect, it } from 'vitest'
import { loadFiles } from '../__fixtures__/memory-workspace.js'
import { evaluateWorkspace } from '@fordela/engine'
import { explainAllocationData, type JsonValue } from './explain-allocation-data.js'
import { formatTraceText } from './trace-node.js'
import { traceAllocation } from './trace-allocation.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "14", name: Exempellänet }
parties:
  - { id: vgr, name: Regionen }
groups:
  - id: forbund
    name: Förbunden
    members:
      - { id: a, name: Förbund A }
      - { id: b, name: Förbund B }
      - { id: c, name: Förbund C }
`

// 1 000 000 in one fund: 100 000 to the förbund in equal parts, 100 000 / 3 = 33 333,33… each;
// the one krona left over is a tie between all three, so document order gives it to A.
// The region gets the rest, 1 000 000 − 100 000 = 900 000.
const ALLOCATION = `apiVersion: fordela/v1
kind: Allocation
id: prov
title: Prov
year: 2026
parties: ./parter.yaml
funds:
  - { id: pott, title: Potten, amount: 1 000 000 }
sections:
  - id: del
    title: Delen
    fund: pott
    steps:
      - lines:
          - { to: forbund, amount: 100 000, split: equal }
          - { to: vgr, rest: true }
`

async function evaluate() {
  const workspace = await loadFiles({ 'parter.yaml': PARTIES, 'prov.yaml': ALLOCATION })
  const evaluation = [...evaluateWorkspace(workspace).allocations.values()][0]!
  return { workspace, evaluation }
}

/** Every path in a JSON value that holds a number. */
function numberPaths(value: JsonValue, path = ''): string[] {
  if (typeof value === 'number') return [path]
  if (Array.isArray(value)) return value.flatMap((item, index) => numberPaths(item as JsonValue, `${path}[${index}]`))
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => numberPaths(item as JsonValue, `${path}.${key}`))
  return []
}

describe('explainAllocationData', () => {
  it('writes every amount with its derivation, money and fractions as strings', async () => {
    const { workspace, evaluation } = await evaluate()
    const data = JSON.parse(
      JSON.stringify(explainAllocationData(evaluation, { texts: workspace.texts, party: 'a' })),
    ) as Record<string, JsonValue>
    expect(data).toEqual({
      formatVersion: 1,
      allocation: { id: 'prov', title: 'Prov', year: 2026, file: 'prov.yaml', total: '1000000' },
      amounts: [
        {
          kind: 'fund',
          fund: 'pott',
          amount: '1000000',
          // Line 8 is `  - { id: pott, title: Potten, amount: 1 000 000 }`: the mapping starts after
          // "  - " at column 5 and is 46 characters long, so it ends before column 51.
          derivation: [
            {
              type: 'fund',
              fund: 'pott',
              amount: '1000000',
              at: { file: 'prov.yaml', line: 8, column: 5, endLine: 8, endColumn: 51 },
            },
          ],
          at: { file: 'prov.yaml', line: 8, column: 5, endLine: 8, endColumn: 51 },
        },
        {
          kind: 'allotment',
          recipient: 'a',
          group: 'forbund',
          fund: 'pott',
          section: 'del',
          amount: '33334',
          derivation: [
            expect.objectContaining({ type: 'step', section: 'del', step: 1, available: '1000000' }),
            expect.objectContaining({ type: 'amount', amount: '100000' }),
            expect.objectContaining({
              type: 'split',
              by: 'equal',
              member: 'a',
              base: '100000',
              amount: '33334',
              // 33 333 × 3 = 99 999: 1 krona left over, to A, whose 1/3 ranked first of three equal ones by document order.
              rounding: {
                policy: 'largest-remainder',
                exact: '100000/3',
                delta: '1',
                leftover: { kronor: 1, competing: 3, rank: 1, winners: ['a'] },
                tie: { parts: ['a', 'b', 'c'], winners: ['a'], decidedBy: 'document-order' },
              },
            }),
          ],
          // Line 15, after the 12 characters "          - ", 46 characters long: 15:13 to 15:59.
          at: { file: 'prov.yaml', line: 15, column: 13, endLine: 15, endColumn: 59 },
        },
      ],
    })
    // Numbers only for counts and places, never for money.
    const allowed = /\.(formatVersion|year|step|line|column|endLine|endColumn|kronor|competing|rank)$/
    expect(numberPaths(data).filter((path) => !allowed.test(path))).toEqual([])
  })

  it('has a text trace of the same split in equal parts', async () => {
    const { evaluation } = await evaluate()
    expect(
      formatTraceText(traceAllocation(evaluation, { party: 'forbund' }))
        .split('\n')
        .slice(6),
    ).toEqual([
      'Delen (del): 1 000 000 kr',
      '  Steg 1: 1 000 000 kr kvar i fonden Potten',
      '    Förbunden får 100 000 kr: fast belopp',
      // B and C lost the tie: they were rounded down, and say so (they did not win a largest remainder).
      '      Förbund A får 33 334 kr av 100 000 kr i lika delar: 100 000 / 3 = 33 333,33 → 33 334 (avrundat uppåt: när alla delar avrundats nedåt blev en krona över, och den gick till den del som hade störst decimaler (Förbund A), och decimalerna här kom på plats 1 av 3; decimalerna var lika stora för Förbund A, Förbund B och Förbund C, och ordningen i dokumentet avgjorde)',
      '      Förbund B får 33 333 kr av 100 000 kr i lika delar: 100 000 / 3 = 33 333,33 → 33 333 (avrundat nedåt: när alla delar avrundats nedåt blev en krona över, och den gick till den del som hade störst decimaler (Förbund A), och decimalerna här kom på plats 2 av 3; decimalerna var lika stora för Förbund A, Förbund B och Förbund C, och ordningen i dokumentet avgjorde)',
      '      Förbund C får 33 333 kr av 100 000 kr i lika delar: 100 000 / 3 = 33 333,33 → 33 333 (avrundat nedåt: när alla delar avrundats nedåt blev en krona över, och den gick till den del som hade störst decimaler (Förbund A), och decimalerna här kom på plats 3 av 3; decimalerna var lika stora för Förbund A, Förbund B och Förbund C, och ordningen i dokumentet avgjorde)',
      '',
      'Totalt till Förbunden: 100 000 kr',
      '',
    ])
  })

  it('names the remainder of a step "resten" in a tie, never an index, and keeps ids in JSON', async () => {
    // 1 000 001 kr: half to the region is 500 000,5, and what the step leaves for the rest line is
    // 500 000,5 too. Both floor to 500 000, 1 krona is left over, the two halves tie and document
    // order gives it to the region (the remainder always comes last): 500 001 + 500 000.
    const allocation = `apiVersion: fordela/v1
kind: Allocation
id: prov
title: Prov
year: 2026
parties: ./parter.yaml
funds:
  - { id: pott, title: Potten, amount: 1 000 001 }
sections:
  - id: del
    title: Delen
    fund: pott
    steps:
      - lines:
          - { to: vgr, share: 1/2 }
          - { to: forbund, rest: true, split: equal }
`
    const workspace = await loadFiles({ 'parter.yaml': PARTIES, 'prov.yaml': allocation })
    const evaluation = [...evaluateWorkspace(workspace).allocations.values()][0]!
    const text = formatTraceText(traceAllocation(evaluation, { party: 'vgr' }))
    expect(text).toContain(
      'Regionen får 500 001 kr: hälften av 1 000 001 kr = 500 000,50 → 500 001 (avrundat uppåt: när alla delar avrundats nedåt blev en krona över, och den gick till den del som hade störst decimaler (Regionen), och decimalerna här kom på plats 1 av 2; decimalerna var lika stora för Regionen och resten, och ordningen i dokumentet avgjorde)',
    )
    const data = JSON.parse(JSON.stringify(explainAllocationData(evaluation, { party: 'vgr' }))) as {
      amounts: { derivation: { type: string; rounding?: unknown }[] }[]
    }
    const share = data.amounts[1]?.derivation.find((step) => step.type === 'share')
    expect(share?.rounding).toEqual({
      policy: 'largest-remainder',
      exact: '1000001/2',
      delta: '1',
      leftover: { kronor: 1, competing: 2, rank: 1, winners: ['vgr'] },
      tie: { parts: ['vgr'], winners: ['vgr'], rest: true, decidedBy: 'document-order' },
    })
  })
})
