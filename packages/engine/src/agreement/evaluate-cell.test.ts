import { describe, expect, it } from 'vitest'
import { agreementHeader, evaluateFixture } from './__fixtures__/evaluate-fixture.js'

// Every fixture: lines 1–5 header, the body from line 6; the fixture dataset has four län with
// population 3, 1, 2, 2 (of 8) in the order 01, 03, 12, 14.
const columns = `columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
  - id: skr
    title: SKR
    recipient: Sveriges Kommuner och Regioner
`
const amountsOf = (units: readonly { unit: string; amount: { toFixed(): string } }[] | undefined): string[] =>
  (units ?? []).map((u) => `${u.unit} ${u.amount.toFixed()}`)

describe('agreement/missing-rule', () => {
  it('reports a multi-unit cell without rules at its column key and works out no amounts', () => {
    // Line 17 is `      lan: { amount: 8 000 000 }` (5 header + 7 column lines + areas, id,
    // title, cells): the key at column 7.
    const text = `${agreementHeader}${columns}areas:
  - id: a
    title: A
    cells:
      lan: { amount: 8 000 000 }
`
    const { evaluation, findings } = evaluateFixture(text)
    expect(findings).toEqual([
      {
        code: 'agreement/missing-rule',
        severity: 'error',
        line: 17,
        column: 7,
        message: "The cell a/lan is to be shared by 4 units but has no rule, so no unit's amount can be worked out.",
      },
    ])
    expect(evaluation.cells[0]?.complete).toBe(false)
    expect(evaluation.unitAmount('a', 'lan', '01')).toBeUndefined()
  })

  it('gives a single-recipient cell without rules wholly to its recipient', () => {
    const text = `${agreementHeader}${columns}areas:
  - id: a
    title: A
    cells:
      skr: { amount: 29 000 000 }
`
    const { evaluation, findings } = evaluateFixture(text)
    expect(findings).toEqual([])
    expect(amountsOf(evaluation.cells[0]?.units)).toEqual(['skr 29000000'])
    expect(evaluation.unitAmount('a', 'skr', 'skr')?.derivation.map((step) => step.type)).toEqual(['agreement-cell'])
    expect(evaluation.cells[0]?.residual.toFixed()).toBe('0')
  })
})

describe('agreement/rule-after-rest', () => {
  const cell = (rules: string): string => `${agreementHeader}${columns}areas:
  - id: a
    title: A
    cells:
      lan:
        amount: 8 000 000
        rules:
${rules}`

  it('reports a rule after the rest rule, at the rule, and shows the overspent residual', () => {
    // The rest gives out all 8 000 000 (3, 1, 2, 2 million); the `each` on line 21 (column 13,
    // after 10 spaces and "- ") then adds 4 × 1 000 000 beyond the cell: residual −4 000 000.
    const { evaluation, findings } = evaluateFixture(
      cell('          - rest: { by: folkmangd }\n          - each: 1 000 000\n'),
    )
    expect(findings.map((f) => [f.code, f.severity, f.line, f.column])).toEqual([
      ['agreement/rule-after-rest', 'error', 21, 13],
    ])
    expect(evaluation.cells[0]?.residual.toFixed()).toBe('-4000000')
  })

  it('accepts fixed amounts first and the rest last', () => {
    // 8 000 000 − 4 × 1 000 000 = 4 000 000 by 3 : 1 : 2 : 2 → 1 500 000, 500 000, 1 000 000, 1 000 000.
    const { evaluation, findings } = evaluateFixture(
      cell('          - each: 1 000 000\n          - rest: { by: folkmangd }\n'),
    )
    expect(findings).toEqual([])
    expect(amountsOf(evaluation.cells[0]?.units)).toEqual(['01 2500000', '03 1500000', '12 2000000', '14 2000000'])
  })
})

describe('agreement/unknown-unit (except)', () => {
  const withExcept = (target: string): string => `${agreementHeader}unitGroups:
  - id: storstadslan
    units: ["01", "12", "14"]
${columns}areas:
  - id: a
    title: A
    cells:
      lan:
        amount: 8 000 000
        rules:
          - each: 1 000 000
            except: { ${target}: 2 000 000 }
          - rest: { by: folkmangd }
`

  it('reports an except key that is neither a unit nor a group, with a suggestion', () => {
    // Line 24 is `            except: { storstadslän: 2 000 000 }`: the key at column 23.
    const { evaluation, findings } = evaluateFixture(withExcept('storstadslän'))
    expect(findings).toEqual([
      {
        code: 'agreement/unknown-unit',
        severity: 'error',
        line: 24,
        column: 23,
        message:
          '"storstadslän" is neither a unit of column lan\'s dataset lan-data nor a unit group, so the exception applies to no one.',
      },
    ])
    expect(evaluation.diagnostics[0]?.suggestions).toEqual(['storstadslan'])
  })

  it('applies a group exception to its units, and a unit exception to that unit', () => {
    // Group: 01, 12, 14 get 2 000 000, 03 gets 1 000 000 (7 000 000); 1 000 000 left by
    // 3 : 1 : 2 : 2 → 375 000, 125 000, 250 000, 250 000.
    const byGroup = evaluateFixture(withExcept('storstadslan'))
    expect(byGroup.findings).toEqual([])
    expect(amountsOf(byGroup.evaluation.cells[0]?.units)).toEqual([
      '01 2375000',
      '03 1125000',
      '12 2250000',
      '14 2250000',
    ])
    // Unit 03 only: 1 + 2 + 1 + 1 = 5 000 000; 3 000 000 left → 1 125 000, 375 000, 750 000, 750 000.
    const byUnit = evaluateFixture(withExcept('"03"'))
    expect(byUnit.findings).toEqual([])
    expect(amountsOf(byUnit.evaluation.cells[0]?.units)).toEqual([
      '01 2125000',
      '03 2375000',
      '12 1750000',
      '14 1750000',
    ])
  })
})

describe('agreement/rounding-residual', () => {
  // 10 kr by 3 : 1 : 2 : 2 of 8: exact 3.75, 1.25, 2.5, 2.5.
  const withRounding = (policy: string): string => `${agreementHeader}rounding: ${policy}
${columns}areas:
  - id: a
    title: A
    cells:
      lan: { amount: 10, rules: [{ rest: { by: folkmangd } }] }
`

  it('warns when floor leaves kronor undistributed, at the rest rule', () => {
    // Floors 3 + 1 + 2 + 2 = 8: 2 kr left. Line 18 is the cell; the rule's `{` is at column 34
    // (`      lan: { amount: 10, rules: [` takes 33 characters).
    const { evaluation, findings } = evaluateFixture(withRounding('floor'))
    expect(findings).toEqual([
      {
        code: 'agreement/rounding-residual',
        severity: 'warning',
        line: 18,
        column: 34,
        message: 'Rounding by floor makes the cell a/lan leave 2 kr undistributed.',
      },
    ])
    expect(evaluation.cells[0]?.residual.toFixed()).toBe('2')
  })

  it('refuses, as an error, half-up handing out more than the cell', () => {
    // 4 + 1 + 3 + 3 = 11: one krona more than 10, money that does not exist.
    const { evaluation, findings } = evaluateFixture(withRounding('half-up'))
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        'agreement/rounding-overdraws',
        'error',
        'Rounding by half-up makes the cell a/lan hand out 1 kr more than it holds: money that does not exist.',
      ],
    ])
    expect(evaluation.cells[0]?.residual.toFixed()).toBe('-1')
  })

  it('gives out every krona by largest remainder and records the tie that decided one', () => {
    // Floors 3, 1, 2, 2 leave 2 kr: the first to 01 (.75); 12 and 14 tie at .5 for the second
    // and document order gives it to 12. Both tied units carry the tie in their derivation.
    const { evaluation, findings } = evaluateFixture(withRounding('largest-remainder'))
    expect(findings).toEqual([])
    expect(amountsOf(evaluation.cells[0]?.units)).toEqual(['01 4', '03 1', '12 3', '14 2'])
    const roundingOf = (unit: string): unknown => {
      const step = evaluation.unitAmount('a', 'lan', unit)?.derivation[1]
      return step?.type === 'agreement-rule' && step.rounding
        ? {
            exact: step.rounding.exact.toString(),
            delta: step.rounding.delta.toFixed(),
            rank: step.rounding.leftover?.rank,
            tie: step.rounding.tie,
          }
        : undefined
    }
    // Fractions .75, .25, .5, .5 rank 01, 12, 14, 03 (ties in dataset order).
    const tie = { parts: ['12', '14'], winners: ['12'], decidedBy: 'document-order' }
    expect(['01', '03', '12', '14'].map(roundingOf)).toEqual([
      { exact: '15/4', delta: '1', rank: 1, tie: undefined },
      { exact: '5/4', delta: '0', rank: 4, tie: undefined },
      { exact: '5/2', delta: '1', rank: 2, tie },
      { exact: '5/2', delta: '0', rank: 3, tie },
    ])
    expect(evaluation.unitAmount('a', 'lan', '03')?.derivation[1]).toMatchObject({
      rounding: { leftover: { kronor: 2, competing: 4, winners: ['01', '12'] } },
    })
  })
})
