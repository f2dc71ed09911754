import { describe, expect, it } from 'vitest'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { header, lint, PARTIES, summarize } from './__fixtures__/small-county.js'

// The allocation rules as a whole; each rule's own failing and passing cases are in the
// check-*.test.ts beside its check (check-funds-spent.test.ts, check-shares.test.ts, …).

describe('allocation rules: a passing case', () => {
  it('spends 900 exactly: 100 fixed, 100 per förbund, a third of 900 by population, the rest to the pool', async () => {
    const { workspace, diagnostics } = await lint(`${header()}funds:
  - { id: f, amount: 900 }
sections:
  - id: s
    title: S
    fund: f
    links: { area: x }
    steps:
      - lines:
          - { to: region, amount: 100 }
          - { to: forbund, each: 100 }
          - { to: forbund, share: 1/3, split: folkmangd }
          - { to: pool, rest: true, how: genom ansökan }
`)
    // Only the link to an unknown agreement area is reported: there is no agreement to check it against.
    expect(summarize(workspace, diagnostics)).toEqual([])
    const [evaluation] = evaluateWorkspace(workspace).allocations.values()
    // 900: region 100; a 100 + b 100; a third of 900 = 300 split 300:300 → 150 each; rest 900 − 100 − 200 − 300 = 300.
    expect(['region', 'a', 'b', 'pool'].map((id) => evaluation!.totalFor(id).toFixed(0))).toEqual([
      '100',
      '250',
      '250',
      '300',
    ])
  })
})

describe('findings that would only follow from an earlier one', () => {
  it('a duplicate key in the parties invents no money finding; one warning says why amounts are not checked', async () => {
    // `name: Regionen` twice makes parter.yaml unreadable (syntax/duplicate-key). The 100 `each` to the
    // two förbund could not be paid to members nobody can read, which earlier showed up as
    // "sum/fund-not-spent: 200 kr left", a finding about money that is not true.
    const duplicated = PARTIES.replace(
      '  - { id: region, name: Regionen }',
      '  - id: region\n    name: Regionen\n    name: Regionen',
    )
    const { workspace, diagnostics } = await lint(
      `${header()}funds:\n  - { id: f, amount: 300 }\nsections:\n  - id: s\n    title: S\n    fund: f\n    links: { area: x }\n    steps:\n      - lines:\n          - { to: region, amount: 100 }\n          - { to: forbund, each: 100 }\n`,
      { 'parter.yaml': duplicated },
    )
    expect(summarize(workspace, diagnostics)).toEqual([
      // "parties: ./parter.yaml" is line 6: the reference starts at column 10 and is 13 characters long.
      'ref/depends-on-broken-document warning fordelning.yaml 6:10-6:23',
      // The second `name` key in parter.yaml: line 10 (after 7 header lines, "- id: region" and the
      // first name), columns 5–9.
      'syntax/duplicate-key error parter.yaml 10:5-10:9',
    ])
  })
})
