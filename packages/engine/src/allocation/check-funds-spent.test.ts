import { describe, expect, it } from 'vitest'
import { describeRange } from '../__fixtures__/load-inline-workspace.js'
import { allocationOf, lint, lintSummary } from './__fixtures__/small-county.js'

describe('sum/fund-not-spent and sum/fund-overspent', () => {
  it('reports a fund left with money at the fund, the last line drawing on it related', async () => {
    const { workspace, diagnostics } = await lint(allocationOf('900', '          - { to: region, amount: 800 }\n'))
    // The fund id `f` on line 8, columns 11–12; 900 − 800 = 100 kr left.
    expect(diagnostics.map((d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`)).toEqual([
      'sum/fund-not-spent error fordelning.yaml 8:11-8:12',
    ])
    expect(diagnostics[0]?.message.en).toContain('100 kr')
    // The line's flow map "{ to: region, amount: 800 }" (27 characters) from column 13 of line 16.
    expect(diagnostics[0]?.related?.map((related) => describeRange(workspace, related))).toEqual([
      'fordelning.yaml 16:13-16:40',
    ])
  })

  it('reports an overspent fund where the money runs out, the fund related', async () => {
    const { workspace, diagnostics } = await lint(
      allocationOf('900', '          - { to: region, amount: 800 }\n          - { to: pool, amount: 200 }\n'),
    )
    // 800 + 200 > 900: the money runs out at the pool's 200 (line 17, columns 33–36), the figure a pull
    // request raising it changed; the fund id (line 8, columns 11–12) is the related place.
    expect(diagnostics.map((d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`)).toEqual([
      'sum/fund-overspent error fordelning.yaml 17:33-17:36',
    ])
    expect(diagnostics[0]?.related?.map((related) => describeRange(workspace, related))).toEqual([
      'fordelning.yaml 8:11-8:12',
    ])
  })

  it('accepts a fund spent to the krona', async () => {
    // 800 + 100 = 900.
    expect(
      await lintSummary(
        allocationOf('900', '          - { to: region, amount: 800 }\n          - { to: pool, amount: 100 }\n'),
      ),
    ).toEqual([])
  })
})
