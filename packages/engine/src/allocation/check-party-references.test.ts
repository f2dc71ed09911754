import { describe, expect, it } from 'vitest'
import { allocationOf, lint, lintSummary, summarize } from './__fixtures__/small-county.js'

describe('ref/unknown-party', () => {
  it('reports a line to an id the parties do not have, at its `to`, with the closest id', async () => {
    const { workspace, diagnostics } = await lint(allocationOf('100', '          - { to: regoin, amount: 100 }\n'))
    // "          - { to: " is 18 characters: `regoin` at columns 19–25 of line 16.
    expect(summarize(workspace, diagnostics)).toEqual(['ref/unknown-party error fordelning.yaml 16:19-16:25'])
    expect(diagnostics[0]?.suggestions).toEqual(['region'])
  })

  it('still checks the recipient of a line with child lines', async () => {
    const lines =
      '          - to: regoin\n            rest: true\n            lines:\n              - { to: region, rest: true }\n'
    // "          - to: regoin": ten spaces, "- to: ", so the id is at columns 17–23 of line 16.
    expect(await lintSummary(allocationOf('100', lines))).toEqual([
      'ref/unknown-party error fordelning.yaml 16:17-16:23',
    ])
  })

  it('accepts lines to a party, a group and a member', async () => {
    // 40 + 2 × 10 (each förbund) + 40 = 100.
    const lines =
      '          - { to: region, amount: 40 }\n          - { to: forbund, each: 10 }\n          - { to: a, amount: 40 }\n'
    expect(await lintSummary(allocationOf('100', lines))).toEqual([])
  })
})
