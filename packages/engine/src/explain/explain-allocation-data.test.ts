import { describe, expect, it } from 'vitest'
import { loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
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
  const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, 'prov.yaml': ALLOCATION })
  const evaluation = [...evaluateWorkspace(workspace).allocations.values()][0]!
  return { workspace, evaluation }
}

/** Every path in a JSON value that holds a number. */
function numberPaths(value: JsonValue, path = ''): string[] {
  if (typeof value === 'number') return [path]
  if (Array.isArray(value)) return value.flatMap((item, index) => numberPaths(item as JsonValue, `${path}[${index}]`))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numberPaths(item as JsonValue, `${path}.${key}`))
  return []
}

describe('explainAllocationData', () => {
  it('writes every amount with its derivation, money and fractions as strings', async () => {
    const { workspace, evaluation } = await evaluate()
    const data = JSON.parse(JSON.stringify(explainAllocationData(evaluation, { texts: workspace.texts, party: 'a' }))) as Record<string, JsonValue>
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
          derivation: [{ type: 'fund', fund: 'pott', amount: '1000000', at: { file: 'prov.yaml', line: 8, column: 5, endLine: 8, endColumn: 51 } }],
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
              rounding: { policy: 'largest-remainder', exact: '100000/3', delta: '1', tie: { parts: ['a', 'b', 'c'] } },
            }),
          ],
          // Line 15, after the 12 characters "          - ", 46 characters long: 15:13 to 15:59.
          at: { file: 'prov.yaml', line: 15, column: 13, endLine: 15, endColumn: 59 },
        },
      ],
    })
    // Numbers only for counts and places, never for money.
    const allowed = /\.(formatVersion|year|step|line|column|endLine|endColumn)$/
    expect(numberPaths(data).filter((path) => !allowed.test(path))).toEqual([])
  })

  it('has a text trace of the same split in equal parts', async () => {
    const { evaluation } = await evaluate()
    expect(formatTraceText(traceAllocation(evaluation, { party: 'forbund' })).split('\n').slice(6)).toEqual([
      'Delen (del): 1 000 000 kr',
      '  Steg 1: 1 000 000 kr kvar i fonden Potten',
      '    Förbunden får 100 000 kr: fast belopp',
      '      Förbund A får 33 334 kr av 100 000 kr i lika delar: 100 000 / 3 = 33 333,33 → 33 334 (lika rest som Förbund B och Förbund C; dokumentordning avgjorde)',
      '      Förbund B får 33 333 kr av 100 000 kr i lika delar: 100 000 / 3 = 33 333,33 → 33 333 (största rest)',
      '      Förbund C får 33 333 kr av 100 000 kr i lika delar: 100 000 / 3 = 33 333,33 → 33 333 (största rest)',
      '',
      'Totalt till Förbunden: 100 000 kr',
      '',
    ])
  })
})
