import { describe, expect, it } from 'vitest'
import { agreementHeader, evaluateFixture } from './__fixtures__/evaluate-fixture.js'

// Lines 1–5 are the header; the body below starts on line 6.
const withAreaTotal = (total: string): string => `${agreementHeader}columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
  - id: skr
    title: SKR
    recipient: Sveriges Kommuner och Regioner
areas:
  - id: strategi
    title: Strategi
    total: ${total}
    cells:
      lan: { amount: 6 000 000, rules: [{ rest: { by: folkmangd } }] }
      skr: { amount: 3 000 000 }
`

describe('agreement/row-total-mismatch', () => {
  it("reports an area total that is not the sum of the area's cells, at the total", () => {
    // 6 000 000 + 3 000 000 = 9 000 000, not 10 000 000. Line 16 is `    total: 10 000 000`
    // (value at column 12); the cells' amounts are on lines 18 and 19 at column 22.
    const { evaluation, findings, locate } = evaluateFixture(withAreaTotal('10 000 000'))
    expect(findings).toEqual([
      {
        code: 'agreement/row-total-mismatch',
        severity: 'error',
        line: 16,
        column: 12,
        message:
          'The area strategi states the total 10 000 000 kr, but its cells add up to 9 000 000 kr (difference 1 000 000 kr).',
      },
    ])
    const related = evaluation.diagnostics[0]?.related?.map((r) => ({ ...locate(r.span[0]), message: r.message.en }))
    expect(related).toEqual([
      { line: 18, column: 22, message: 'the cell lan' },
      { line: 19, column: 22, message: 'the cell skr' },
    ])
  })

  it('accepts an area total that is the sum of its cells', () => {
    expect(evaluateFixture(withAreaTotal('9 000 000')).findings).toEqual([])
  })
})
