import { describe, expect, it } from 'vitest'
import { agreementHeader, evaluateFixture } from './__fixtures__/evaluate-fixture.js'

// Lines 1–5 are the header; `total:` is line 6, its value at column 8.
const withTotals = (total: string, lanTotal: string, skrTotal: string): string => `${agreementHeader}total: ${total}
columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
    total: ${lanTotal}
  - id: skr
    title: SKR
    recipient: Sveriges Kommuner och Regioner
    total: ${skrTotal}
areas:
  - id: a
    title: A
    cells:
      lan: { amount: 6 000 000, rules: [{ rest: { by: folkmangd } }] }
      skr: { amount: 3 000 000 }
`

describe('agreement/total-mismatch', () => {
  it('reports a grand total that neither the cells nor the column totals add up to', () => {
    // Cells 6 000 000 + 3 000 000 = 9 000 000; column totals the same; the total says 10 000 000.
    expect(evaluateFixture(withTotals('10 000 000', '6 000 000', '3 000 000')).findings).toEqual([
      {
        code: 'agreement/total-mismatch',
        severity: 'error',
        line: 6,
        column: 8,
        message:
          'The agreement states a total of 10 000 000 kr, but all its cells add up to 9 000 000 kr (difference 1 000 000 kr).',
      },
      {
        code: 'agreement/total-mismatch',
        severity: 'error',
        line: 6,
        column: 8,
        message:
          "The agreement states a total of 10 000 000 kr, but its columns' totals add up to 9 000 000 kr (difference 1 000 000 kr).",
      },
    ])
  })

  it('reports column totals that do not add up to the grand total even when the cells do', () => {
    // Cells 9 000 000 = total, but column totals 6 000 000 + 4 000 000 = 10 000 000; the skr
    // column's own total (line 15, column 12) is also off from its cell.
    expect(
      evaluateFixture(withTotals('9 000 000', '6 000 000', '4 000 000')).findings.map((f) => [
        f.code,
        f.line,
        f.column,
      ]),
    ).toEqual([
      ['agreement/column-total-mismatch', 15, 12],
      ['agreement/total-mismatch', 6, 8],
    ])
  })

  it('accepts a grand total that the cells and the column totals add up to', () => {
    expect(evaluateFixture(withTotals('9 000 000', '6 000 000', '3 000 000')).findings).toEqual([])
  })
})
