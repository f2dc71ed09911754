import { describe, expect, it } from 'vitest'
import { allocation, COMPLETE_MEMBERS, lint, parties } from '../__fixtures__/county-with-agreement.js'
import { allocationOf, lintSummary } from './__fixtures__/small-county.js'

describe('sum/line-not-spent and sum/line-overspent', () => {
  it('reports child lines that leave part of their line, at the line', async () => {
    const lines =
      '          - to: region\n            amount: 100\n            lines:\n              - { to: region, share: 1/2 }\n'
    // Half of 100 is left. The parent line starts at line 16, column 13 and ends where its child ends.
    expect(await lintSummary(allocationOf('100', lines))).toEqual([
      'sum/line-not-spent error fordelning.yaml 16:13-20:1',
    ])
  })

  it('reports child lines that overdraw their line, and a child naming a fund', async () => {
    const lines =
      '          - to: region\n            rest: true\n            lines:\n              - { to: region, amount: 11, fund: f }\n'
    const found = await lint({
      'parter.yaml': parties(COMPLETE_MEMBERS),
      'f.yaml': allocation('{ id: f, amount: 10 }', lines),
    })
    expect(found).toEqual([
      // 11 out of 10. The parent line spans lines 18–21 (its range ends at the start of line 22); the
      // child's "fund: f" value is at line 21, column 49.
      'sum/line-overspent error f.yaml 18:13-22:1',
      'sum/fund-on-child-line error f.yaml 21:49-21:50',
    ])
  })

  it('accepts child lines that use all of their line: 60 and the rest of 100', async () => {
    const lines =
      '          - to: region\n            amount: 100\n            lines:\n              - { to: region, amount: 60 }\n              - { to: region, rest: true }\n'
    expect(await lintSummary(allocationOf('100', lines))).toEqual([])
  })
})

describe('sum/child-line-other-party', () => {
  it('refuses a child line to another party than its line, at its `to`', async () => {
    // Regression: the region's line of 10 gave 4 to member a through a child line, so {{ party.region }}
    // was 6 while the memo's bullet for the region still said 10.
    const lines =
      '          - to: region\n            rest: true\n            lines:\n              - { to: region, amount: 6 }\n              - { to: a, rest: true }\n'
    const found = await lint({
      'parter.yaml': parties(COMPLETE_MEMBERS),
      'f.yaml': allocation('{ id: f, amount: 10 }', lines),
    })
    // "              - { to: a": the id `a` is at columns 23–24 of line 22.
    expect(found).toEqual(['sum/child-line-other-party error f.yaml 22:23-22:24'])
  })

  it("accepts child lines to the line's own recipient and to members of its group", async () => {
    const lines =
      '          - to: forbund\n            rest: true\n            lines:\n              - { to: a, amount: 6 }\n              - { to: b, rest: true }\n'
    const found = await lint({
      'parter.yaml': parties(COMPLETE_MEMBERS),
      'f.yaml': allocation('{ id: f, amount: 10 }', lines),
    })
    expect(found).toEqual([])
  })
})
