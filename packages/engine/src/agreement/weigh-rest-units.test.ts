import { describe, expect, it } from 'vitest'
import { agreementHeader, evaluateFixture, fourLan } from './__fixtures__/evaluate-fixture.js'

// Lines 1–5 header; columns 6–9; areas 10–13; the cell on line 14. In
// `      lan: { amount: 8 000 000, rules: [{ rest: { by: <measure> } }] }` the measure starts at
// column 55: 6 spaces, "lan: { " (to 13), "amount: 8 000 000, " (to 32), "rules: [{ " (to 42), "rest: { by: " (to 54).
const cellBy = (measure: string): string => `${agreementHeader}columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
areas:
  - id: a
    title: A
    cells:
      lan: { amount: 8 000 000, rules: [{ rest: { by: ${measure} } }] }
`

describe('data/missing-measure', () => {
  it('reports a rest by a measure the dataset lacks, naming the measures it has, and invents nothing', () => {
    const { evaluation, findings, locate } = evaluateFixture(cellBy('folkmangd-0-18'))
    expect(findings).toEqual([
      {
        code: 'data/missing-measure',
        severity: 'error',
        line: 14,
        column: 55,
        message:
          'The dataset lan-data has no measure "folkmangd-0-18" (it has folkmangd), so the division cannot be worked out and no amounts are made up.',
      },
    ])
    // Related: the column's `dataset:` value, line 9 column 14.
    expect(evaluation.diagnostics[0]?.related?.map((r) => locate(r.span[0]))).toEqual([{ line: 9, column: 14 }])
    expect([evaluation.cells[0]?.complete, evaluation.cells[0]?.units.length]).toEqual([false, 0])
  })

  it('accepts a measure the dataset has', () => {
    expect(evaluateFixture(cellBy('folkmangd')).findings).toEqual([])
  })

  it('needs no measure to divide equally', () => {
    // 8 000 000 / 4 = 2 000 000 each.
    const { evaluation, findings } = evaluateFixture(cellBy('equal'))
    expect(findings).toEqual([])
    expect(evaluation.cells[0]?.units.map((u) => u.amount.toFixed())).toEqual([
      '2000000',
      '2000000',
      '2000000',
      '2000000',
    ])
  })
})

describe('data/missing-weight', () => {
  // Uppsala's value is SCB's ".." (not available); the dataset's line 13 is its row.
  const withoutUppsala = fourLan.replace('values: { folkmangd: 1 }', 'values: { folkmangd: ".." }')

  it('reports a unit without a value at the rest rule, relates its dataset row, and invents nothing', () => {
    const { evaluation, findings } = evaluateFixture(cellBy('folkmangd'), withoutUppsala)
    expect(findings).toEqual([
      {
        code: 'data/missing-weight',
        severity: 'error',
        line: 14,
        column: 55,
        message: 'The unit "03" has no value for folkmangd in lan-data, so the division cannot be worked out.',
      },
    ])
    const related = evaluation.diagnostics[0]?.related?.[0]
    expect([related?.file, related?.message.en]).toEqual(['data/lan.yaml', "the unit's row in the dataset"])
    expect(evaluation.cells[0]?.complete).toBe(false)
  })
})

describe('agreement/rest-without-weight', () => {
  it('reports a rest by a measure that is zero for every unit', () => {
    const allZero = fourLan.replace(/folkmangd: \d/g, 'folkmangd: 0')
    const { evaluation, findings } = evaluateFixture(cellBy('folkmangd'), allZero)
    expect(findings).toEqual([
      {
        code: 'agreement/rest-without-weight',
        severity: 'error',
        line: 14,
        column: 55,
        message: 'The measure folkmangd of lan-data is zero for every unit, so the rest cannot be divided by it.',
      },
    ])
    expect(evaluation.cells[0]?.complete).toBe(false)
  })
})
