import { describe, expect, it } from 'vitest'
import { agreementHeader, evaluateFixture } from './__fixtures__/evaluate-fixture.js'

// Lines 1–5 are the header; the cell key is on line 14, column 7.
const withCellColumn = (column: string): string => `${agreementHeader}columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
areas:
  - id: a
    title: A
    cells:
      ${column}: { amount: 8 000 000, rules: [{ rest: { by: folkmangd } }] }
`

describe('agreement/unknown-column', () => {
  it('reports a cell keyed by a column the agreement does not have, with a suggestion', () => {
    const { evaluation, findings } = evaluateFixture(withCellColumn('lann'))
    expect(findings).toEqual([
      {
        code: 'agreement/unknown-column',
        severity: 'error',
        line: 14,
        column: 7,
        message: 'The agreement has no column "lann"; its columns are lan.',
      },
    ])
    expect(evaluation.diagnostics[0]?.suggestions).toEqual(['lan'])
    expect(evaluation.cells[0]?.complete).toBe(false)
  })

  it('accepts a cell keyed by a known column', () => {
    // 8 000 000 by 3 : 1 : 2 : 2 of 8 = 3 000 000, 1 000 000, 2 000 000, 2 000 000.
    const { evaluation, findings } = evaluateFixture(withCellColumn('lan'))
    expect(findings).toEqual([])
    expect(evaluation.unitAmount('a', 'lan', '01')?.amount.toFixed()).toBe('3000000')
  })
})
