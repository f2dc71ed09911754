import { describe, expect, it } from 'vitest'
import { agreementHeader, evaluateFixture } from './__fixtures__/evaluate-fixture.js'

// Lines 1–5 are the header; the body below starts on line 6.
const withColumnTotal = (total: string): string => `${agreementHeader}columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
    total: ${total}
areas:
  - id: a
    title: A
    cells:
      lan: { amount: 6 000 000, rules: [{ rest: { by: folkmangd } }] }
  - id: b
    title: B
    cells:
      lan: { amount: 3 000 000, rules: [{ rest: { by: folkmangd } }] }
`

describe('agreement/column-total-mismatch', () => {
  it("reports a column total that is not the sum of the column's cells, at the total", () => {
    // 6 000 000 + 3 000 000 = 9 000 000, not 8 000 000. Line 10 is `    total: 8 000 000` (column 12).
    const { evaluation, findings } = evaluateFixture(withColumnTotal('8 000 000'))
    expect(findings).toEqual([
      {
        code: 'agreement/column-total-mismatch',
        severity: 'error',
        line: 10,
        column: 12,
        message:
          'The column lan states the total 8 000 000 kr, but its cells add up to 9 000 000 kr (difference 1 000 000 kr).',
      },
    ])
    expect(evaluation.diagnostics[0]?.related?.map((r) => r.message.sv)).toEqual([
      'cellen i området a',
      'cellen i området b',
    ])
  })

  it('accepts a column total that is the sum of its cells', () => {
    expect(evaluateFixture(withColumnTotal('9 000 000')).findings).toEqual([])
  })
})
