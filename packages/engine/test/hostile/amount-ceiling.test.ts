import { parseSpecText, type AllocationDocument, type PartiesDocument } from '@fordela/parser'
import { describe, expect, test } from 'vitest'
import { evaluateAllocation } from '../../src/index.js'

// Found by the hostile corpus (packages/parser/test/hostile/parser-regressions.test.ts has the parser's side).
const parties = parseSpecText(
  'apiVersion: fordela/v1\nkind: Parties\nid: p\ntitle: P\ncounty: { code: "14", name: L }\nparties:\n  - { id: a, name: A }\n  - { id: b, name: B }\n',
  'p.yaml',
).document as PartiesDocument

/** An allocation of one fund of `amount`: 2 kr to a, a third to b, then the rest to b. */
const allocation = (amount: string): string =>
  `apiVersion: fordela/v1\nkind: Allocation\nid: x\ntitle: X\nyear: 2025\nparties: ./p.yaml\nfunds:\n  - { id: f, amount: ${amount} }\n` +
  'sections:\n  - id: s\n    title: S\n    fund: f\n    steps:\n      - lines:\n          - { to: a, amount: 2 }\n          - { to: b, share: 1/3 }\n      - lines:\n          - { to: b, rest: true }\n'

describe('the amount ceiling, evaluated', () => {
  test('the largest amount allowed, 10^15, is divided to the krona', () => {
    const parsed = parseSpecText(allocation('1000000000000000'), 'x.yaml')
    const evaluation = evaluateAllocation(parsed.document as AllocationDocument, {
      parties,
      lookupAgreement: () => undefined,
    })
    expect(evaluation.diagnostics).toEqual([])
    // A third of 10^15 is 333 333 333 333 333,33; what the step leaves is 666 666 666 666 666,67, whose
    // larger fraction takes the leftover krona, so b gets 333 333 333 333 333; the rest is
    // 10^15 − 2 − 333 333 333 333 333 = 666 666 666 666 665.
    expect(evaluation.allotments.map((a) => `${a.recipient} ${a.amount.toFixed()}`)).toEqual([
      'a 2',
      'b 333333333333333',
      'b 666666666666665',
    ])
    expect(evaluation.funds[0]?.spent.toFixed()).toBe('1000000000000000')
  })
})
