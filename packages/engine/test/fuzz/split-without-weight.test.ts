import { describe, expect, test } from 'vitest'
import { createLineIndex, loadWorkspace } from '@fordela/parser'
import { createMemoryHost, memoryRoot } from '../../../../test/fuzz/memory-workspace-host.js'
import { evaluateWorkspace } from '../../src/index.js'

const dataset = [
  'apiVersion: fordela/v1',
  'kind: Dataset',
  'id: folk',
  'title: Folk',
  'unitKind: kommun',
  'referenceDate: 2025-09-30',
  'source: { publisher: SCB }',
  'measures: [{ id: folk }, { id: unga }]',
  'units:',
  '  - { id: u0, name: U0, values: { folk: 1, unga: 0 } }',
  '  - { id: u1, name: U1, values: { folk: 3, unga: 0 } }',
  '',
].join('\n')
const parties = [
  'apiVersion: fordela/v1',
  'kind: Parties',
  'id: parter',
  'title: Parter',
  'county: { code: "14", name: Län }',
  'dataset: ./folk.yaml',
  'parties: [{ id: p0, name: P0 }]',
  'groups:',
  '  - id: g',
  '    name: G',
  '    members:',
  '      - { id: m0, name: M0, units: [u0] }',
  '      - { id: m1, name: M1, units: [u1] }',
  '',
].join('\n')
/** An allocation of 1 000 kr: `amount` kr to group g split by `by`, the rest to p0. */
const allocation = (amount: number, by: string) =>
  [
    'apiVersion: fordela/v1',
    'kind: Allocation',
    'id: a',
    'title: A',
    'year: 2025',
    'parties: ./parter.yaml',
    'funds: [{ id: f, amount: 1000 }]',
    'sections:',
    '  - id: s',
    '    title: S',
    '    fund: f',
    '    steps:',
    `      - lines: [{ to: g, amount: ${amount}, split: ${by} }]`,
    '      - lines: [{ to: p0, rest: true }]',
    '',
  ].join('\n')

/** Evaluates the three files and lists the allocation's findings as `severity code line:column`, and who got what. */
async function evaluate(amount: number, by: string) {
  const files = { 'folk.yaml': dataset, 'parter.yaml': parties, 'a.yaml': allocation(amount, by) }
  const evaluation = evaluateWorkspace(await loadWorkspace({ root: memoryRoot, host: createMemoryHost(files) }))
  const lines = createLineIndex(files['a.yaml'])
  const findings = evaluation.diagnostics
    .filter((d) => d.file === 'a.yaml' && d.code.startsWith('sum/'))
    .map((d) => `${d.severity} ${d.code} ${lines.locate(d.span[0]).line}:${lines.locate(d.span[0]).column}`)
  const [result] = [...evaluation.allocations.values()]
  return {
    findings,
    allotted: result?.allotments.map((a) => `${a.recipient} ${a.amount.toFixed()}`),
    messages: evaluation.diagnostics.map((d) => d.message.en),
  }
}

describe('a split whose weights are all zero (found by the engine fuzz)', () => {
  test('is an error at the split, not a rounding warning that lets the money vanish', async () => {
    const { findings, allotted, messages } = await evaluate(600, 'unga')
    // Line 13: "      - lines: [{ to: g, amount: 600, split: " is 6 + 9 + 3 + 7 + 13 + 7 = 45 characters; unga starts at column 46.
    expect(findings).toEqual(['error sum/split-without-weight 13:46'])
    expect(messages).toContain(
      'The line gives 600 kr to group g split by unga, but the measure is zero for every member, so the amount cannot be divided and goes to no one.',
    )
    // Nobody in g receives anything; p0 gets the 400 kr left after the 600.
    expect(allotted).toEqual(['p0 400'])
  })

  test('is no finding for 0 kr, and the same members split by folk (1:3) get 150 and 450', async () => {
    expect((await evaluate(0, 'unga')).findings).toEqual([])
    // 600 × 1/4 = 150, 600 × 3/4 = 450; p0 gets 1 000 − 600 = 400.
    expect((await evaluate(600, 'folk')).allotted).toEqual(['m0 150', 'm1 450', 'p0 400'])
  })
})
