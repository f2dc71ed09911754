import { describe, expect, it } from 'vitest'
import { allocationOf, header, lint, lintSummary, summarize } from './__fixtures__/small-county.js'

describe('ref/unknown-fund', () => {
  it('reports a section drawing on a fund the allocation does not have, with the closest id', async () => {
    const { workspace, diagnostics } = await lint(
      allocationOf('100', '          - { to: region, amount: 100 }\n').replace('    fund: f\n', '    fund: g\n'),
    )
    // The section names fund g (line 12, columns 11–12); fund f is then never spent (line 8).
    expect(summarize(workspace, diagnostics)).toEqual([
      'sum/fund-not-spent error fordelning.yaml 8:11-8:12',
      'ref/unknown-fund error fordelning.yaml 12:11-12:12',
    ])
    expect(diagnostics[1]?.suggestions).toEqual(['f'])
  })

  it('reports a line drawing on an unknown fund, at its `fund`', async () => {
    // "          - { to: region, amount: 100, fund: " is 45 characters: `h` at columns 46–47 of line 16.
    // The line takes nothing, so fund f keeps its 100 (line 8).
    expect(await lintSummary(allocationOf('100', '          - { to: region, amount: 100, fund: h }\n'))).toEqual([
      'sum/fund-not-spent error fordelning.yaml 8:11-8:12',
      'ref/unknown-fund error fordelning.yaml 16:46-16:47',
    ])
  })

  it("accepts a line drawing on another of the allocation's funds", async () => {
    const allocation = `${header()}funds:\n  - { id: f, amount: 900 }\n  - { id: g, amount: 100 }\nsections:\n  - id: s\n    title: S\n    fund: f\n    links: { area: x }\n    steps:\n      - lines:\n          - { to: region, amount: 900 }\n          - { to: pool, amount: 100, fund: g }\n`
    expect(await lintSummary(allocation)).toEqual([])
  })
})
