import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createLineIndex, loadWorkspace, parseSpecText, type DatasetDocument } from '@fordela/parser'
import { agreementHeader, evaluateFixture } from './__fixtures__/evaluate-fixture.js'
import { evaluateAgreement } from './evaluate-agreement.js'
import { nodeWorkspaceHost } from '@fordela/parser/node'

// Lines 1–5 are the header; the body below starts on line 6. Per län the two rules give
// 2 000 000 + 2 000 000 = 4 000 000; storstadslänen 01, 12, 14 get 3 000 000 + 4 000 000 =
// 7 000 000. Over the four län of the fixture: 3 × 7 000 000 + 4 000 000 = 25 000 000.
const strategyCell = (amount: string, rest = ''): string => `${agreementHeader}unitGroups:
  - id: storstadslan
    units: ["01", "12", "14"]
columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
areas:
  - id: strategi
    title: Strategi
    cells:
      lan:
        amount: ${amount}
        rules:
          - each: 2 000 000
            except: { storstadslan: 3 000 000 }
          - each: 2 000 000
            except: { storstadslan: 4 000 000 }
${rest}`

describe('agreement/rule-exceeds-cell', () => {
  it('reports fixed amounts above the cell at the rule that overflows, with the arithmetic', () => {
    // After the first rule 3 × 3 000 000 + 2 000 000 = 11 000 000 ≤ 24 000 000; the second
    // brings it to 25 000 000, so the finding is at its `each` (line 22: 10 spaces, "- each: ", column 19).
    const { findings } = evaluateFixture(strategyCell('24 000 000'))
    expect(findings).toEqual([
      {
        code: 'agreement/rule-exceeds-cell',
        severity: 'error',
        line: 22,
        column: 19,
        message:
          "The amounts per unit come to 3 × 7 000 000 + 4 000 000 = 25 000 000 kr, 1 000 000 kr more than the cell's 24 000 000 kr.",
      },
    ])
  })

  it('accepts fixed amounts that are exactly the cell', () => {
    const { evaluation, findings } = evaluateFixture(strategyCell('25 000 000'))
    expect(findings).toEqual([])
    expect(evaluation.cells[0]?.units.map((u) => `${u.unit} ${u.amount.toFixed()}`)).toEqual([
      '01 7000000',
      '03 4000000',
      '12 7000000',
      '14 7000000',
    ])
  })

  it("writes the real table's arithmetic when its strategy cell is mistyped as 90 000 000", async () => {
    // The example states 93 000 000 = 18 × 4 000 000 + 3 × 7 000 000; with 90 000 000 the third
    // rule (line 56, `            each: 1 000 000`, column 19) is the one that overflows:
    // 18 × 3 000 000 + 3 × 5 000 000 = 69 000 000 after two rules, 93 000 000 after the third.
    const examples = fileURLToPath(new URL('../../../../examples', import.meta.url))
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root: examples })
    const file = 'nationellt/skr-2025-overenskommelse.yaml'
    const text = readFileSync(`${examples}/${file}`, 'utf8').replace('amount: 93 000 000', 'amount: 90 000 000')
    const parsed = parseSpecText(text, file)
    if (parsed.document?.kind !== 'Agreement') throw new Error('the example no longer parses')
    const evaluation = evaluateAgreement(parsed.document, (ref) => {
      const document = workspace.resolve(ref)
      return document?.kind === 'Dataset' ? (document as DatasetDocument) : undefined
    })
    const index = createLineIndex(text)
    const exceeds = evaluation.diagnostics.filter((d) => d.code === 'agreement/rule-exceeds-cell')
    expect(exceeds.map((d) => ({ ...index.locate(d.span[0]), message: d.message.sv }))).toEqual([
      {
        line: 56,
        column: 19,
        message:
          'Beloppen per enhet blir 18 × 4 000 000 + 3 × 7 000 000 = 93 000 000 kr, 3 000 000 kr mer än cellens 90 000 000 kr.',
      },
    ])
    // The column and grand totals catch the same typo: 90 + 200 + 200 = 490 ≠ 493 million.
    expect(evaluation.diagnostics.map((d) => d.code)).toEqual([
      'agreement/rule-exceeds-cell',
      'data/missing-measure',
      'agreement/column-total-mismatch',
      'agreement/total-mismatch',
    ])
  })
})

describe('agreement/rule-does-not-fill-cell', () => {
  it('reports a cell whose fixed amounts leave money and that has no rest rule, at the amount', () => {
    // 26 000 000 − 25 000 000 = 1 000 000 goes to no one. Line 18 is `        amount: 26 000 000` (column 17).
    const { evaluation, findings, locate } = evaluateFixture(strategyCell('26 000 000'))
    expect(findings).toEqual([
      {
        code: 'agreement/rule-does-not-fill-cell',
        severity: 'error',
        line: 18,
        column: 17,
        message:
          "The rules distribute 3 × 7 000 000 + 4 000 000 = 25 000 000 kr of the cell's 26 000 000 kr, so 1 000 000 kr goes to no one.",
      },
    ])
    // Related: the two rules, at their `- ` items (lines 20 and 22, column 13).
    expect(evaluation.diagnostics[0]?.related?.map((r) => locate(r.span[0]))).toEqual([
      { line: 20, column: 13 },
      { line: 22, column: 13 },
    ])
    expect(evaluation.cells[0]?.residual.toFixed()).toBe('1000000')
  })

  it('accepts the same cell when a rest rule divides what is left', () => {
    // 1 000 000 left by population 3 : 1 : 2 : 2 (of 8): 375 000, 125 000, 250 000, 250 000.
    const { evaluation, findings } = evaluateFixture(
      strategyCell('26 000 000', '          - rest: { by: folkmangd }\n'),
    )
    expect(findings).toEqual([])
    expect(evaluation.cells[0]?.units.map((u) => `${u.unit} ${u.amount.toFixed()}`)).toEqual([
      '01 7375000',
      '03 4125000',
      '12 7250000',
      '14 7250000',
    ])
  })
})
