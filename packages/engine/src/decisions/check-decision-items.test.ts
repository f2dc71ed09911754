import { describe, expect, it } from 'vitest'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "99", name: Testlän }
parties:
  - { id: region, name: Regionen }
  - { id: brukare, name: Brukarrådet }
`

// Two sections of 600 000 and 400 000 kr: 1 000 000 kr in all.
const allocation = (decisions: string, total = '1 000 000', sectionDecision = ''): string => `apiVersion: fordela/v1
kind: Allocation
id: f
title: F
year: 2026
parties: ./parter.yaml
decisionLead: |
  Genom ordförandebeslut ställer sig samrådsorganet bakom
decisions:
${decisions}funds:
  - { id: a, amount: ${total} }
sections:
  - id: strategi
    title: Strategi
    fund: a
${sectionDecision}    steps: [{ lines: [{ to: region, amount: 600 000 }] }]
  - id: suicid
    title: Suicid
    fund: a
    steps: [{ lines: [{ to: brukare, rest: true }] }]
`

/** Every finding except the informational link ones, as `code severity range`. */
async function lint(text: string): Promise<string[]> {
  const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, 'f.yaml': text })
  return evaluateWorkspace(workspace)
    .diagnostics.filter((d) => !d.code.startsWith('link/'))
    .map((d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`)
}

// Line 10 is the first item: `  - sections: all` or `  - sections: [strategi, suicd]`; line 11 its text.
const GROUPED = `  - sections: all
    text: förslaget till fördelning av {{ total | says "1 miljon kronor" }} för 2026.
`

describe('decision items for several sections', () => {
  it('accepts one item for the whole allocation whose amount holds', async () => {
    expect(await lint(allocation(GROUPED))).toEqual([])
  })

  it('checks an amount in the item like any other prose: a changed total fails at the claim', async () => {
    // 1 100 000 kr is not "1 miljon kronor" (which means 1 000 000 exactly, a whole number of millions).
    // Line 11 `    text: förslaget till fördelning av {{ total | says "1 miljon kronor" }} för 2026.`:
    // 10 + 29 + 16 characters and the quote before the says text, so it spans columns 57–72.
    expect(await lint(allocation(GROUPED, '1 100 000'))).toEqual(['prose/claim-not-supported error f.yaml 11:57-11:72'])
  })

  it('reports a section it names that does not exist, with a suggestion', async () => {
    const text = allocation('  - sections: [strategi, suicd]\n    text: förslaget till fördelning för 2026.\n')
    const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, 'f.yaml': text })
    const found = evaluateWorkspace(workspace).diagnostics.filter((d) => d.code === 'ref/unknown-section')
    // Line 10 `  - sections: [strategi, suicd]`: `suicd` at columns 26–31.
    expect(found.map((d) => describeRange(workspace, d))).toEqual(['f.yaml 10:26-10:31'])
    expect(found[0]?.suggestions).toEqual(['suicid'])
  })

  it('reports a section decided twice: by its own decision: and by an item', async () => {
    const own = '    decision: förslaget avseende strategin.\n'
    // Line 10 `  - sections: [strategi]`: `strategi` at columns 16–24.
    expect(
      await lint(allocation('  - sections: [strategi]\n    text: förslaget för 2026.\n', '1 000 000', own)),
    ).toEqual(['ref/section-decided-twice error f.yaml 10:16-10:24'])
  })

  it('reports a section decided twice by two items, at the second', async () => {
    // Line 12 `  - sections: [suicid, strategi]`: `strategi` at columns 24–32; `suicid` is new there.
    const items =
      '  - sections: [strategi]\n    text: förslaget för 2026.\n  - sections: [suicid, strategi]\n    text: förslaget för 2026.\n'
    expect(await lint(allocation(items))).toEqual(['ref/section-decided-twice error f.yaml 12:24-12:32'])
  })
})
