import { describe, expect, it } from 'vitest'
import { header, lint, lintSummary, summarize } from './__fixtures__/small-county.js'

/** Fund f of 100 (line 8) and the derived fund d (line 9); the step's lines start on line 17. */
const withDerivedFund = (line: string): string =>
  `${header()}funds:\n  - { id: f, amount: 100 }\n  - { id: d, derived: true }\nsections:\n  - id: s\n    title: S\n    fund: f\n    links: { area: x }\n    steps:\n      - lines:\n          - { to: region, rest: true }\n${line}`

describe('sum/derived-fund-needs-fixed-sum', () => {
  it('refuses a share of a derived fund at the line, which takes nothing', async () => {
    const { workspace, diagnostics } = await lint(withDerivedFund('          - { to: pool, share: 1/2, fund: d }\n'))
    // The line's flow map "{ to: pool, share: 1/2, fund: d }" (33 characters) from column 13 of line 18.
    expect(summarize(workspace, diagnostics)).toEqual([
      'sum/derived-fund-needs-fixed-sum error fordelning.yaml 18:13-18:46',
    ])
    expect(diagnostics[0]?.message.en).toContain('A share of that sum cannot be computed')
  })

  it('refuses the rest of a derived fund', async () => {
    const { diagnostics } = await lint(withDerivedFund('          - { to: pool, rest: true, fund: d }\n'))
    expect(diagnostics.map((d) => d.message.en)).toEqual([
      expect.stringContaining('The rest of that sum cannot be computed'),
    ])
  })

  it('accepts a fixed sum from a derived fund, which is then its amount', async () => {
    // d is the 50 its one line takes, spent to the krona.
    expect(await lintSummary(withDerivedFund('          - { to: pool, amount: 50, fund: d }\n'))).toEqual([])
  })
})
