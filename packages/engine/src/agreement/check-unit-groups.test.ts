import { describe, expect, it } from 'vitest'
import { agreementHeader, evaluateFixture } from './__fixtures__/evaluate-fixture.js'

// Lines 1–5 are the header; line 8 is `    units: ["01", "12", "<third>"]`, whose third item's
// opening quote is at column 25 (4 spaces, "units: [" to column 12, then "01", and "12", ).
const withGroup = (third: string): string => `${agreementHeader}unitGroups:
  - id: storstadslan
    units: ["01", "12", "${third}"]
columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
areas: []
`

describe('agreement/unknown-unit (unit group)', () => {
  it("reports a group's unit that no dataset of the agreement has, with the closest code", () => {
    const { evaluation, findings } = evaluateFixture(withGroup('41'))
    expect(findings).toEqual([
      {
        code: 'agreement/unknown-unit',
        severity: 'error',
        line: 8,
        column: 25,
        message: `The unit group storstadslan names "41", which is in none of the agreement's datasets (lan-data).`,
      },
    ])
    // "01" is one edit from "41"; "14" is two (the limit for a short code is one).
    expect(evaluation.diagnostics[0]?.suggestions).toEqual(['01'])
  })

  it('accepts a group whose units the dataset has', () => {
    expect(evaluateFixture(withGroup('14')).findings).toEqual([])
  })
})
