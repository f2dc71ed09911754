import type { Diagnostic, Workspace } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { checkProseClaims } from './check-claims.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: test-parter
title: Testparter
county: { code: "99", name: Exempellän }
parties:
  - { id: region, name: Region Exempel }
  - { id: brukare, name: Brukarrådet }
`

/**
 * Two lines to the region in one section, one from each fund:
 * bas 1 000 000: region 600 000 (id region-bas), brukare the rest 400 000;
 * extra 300 000: region 300 000 (id region-extra), with child lines 100 000 (id barn) and the rest 200 000.
 * section.a.fund.bas = 1 000 000, section.a.fund.extra = 300 000;
 * party.region.fund.bas = 600 000, party.region.fund.extra = 300 000; party.region = 900 000.
 */
function allocation(summary: string): string {
  return `apiVersion: fordela/v1
kind: Allocation
id: test-refs
title: Test
year: 2026
parties: ./parter.yaml
summary: |
${summary}
funds:
  - { id: bas, amount: 1 000 000 }
  - { id: extra, amount: 300 000 }
sections:
  - id: a
    title: A
    fund: bas
    steps:
      - lines:
          - { id: region-bas, to: region, amount: 600 000 }
          - { to: brukare, rest: true }
          - id: region-extra
            to: region
            fund: extra
            rest: true
            lines:
              - { id: barn, to: region, amount: 100 000 }
              - { to: region, rest: true }
`
}

async function check(summary: string[]): Promise<{ workspace: Workspace; found: Diagnostic[] }> {
  const workspace = await loadInlineWorkspace({
    'parter.yaml': PARTIES,
    'a.yaml': allocation(summary.map((line) => `  ${line}\n`).join('')),
  })
  expect(workspace.diagnostics).toEqual([])
  const [evaluation] = evaluateWorkspace(workspace).allocations.values()
  expect(evaluation!.diagnostics).toEqual([])
  return { workspace, found: checkProseClaims(evaluation!, workspace.texts) }
}

describe('line ids and per-fund references', () => {
  it('names each of two lines to one party, a section from one fund, and a party from one fund', async () => {
    const { found } = await check([
      '{{ line.region-bas | says "600 000 kr" }}',
      '{{ line.region-extra | says "300 000 kr" }}',
      '{{ line.barn | says "100 000 kr" }}',
      '{{ section.a.fund.bas | says "1 miljon" }}',
      '{{ section.a.fund.extra | says "300 000 kr" }}',
      '{{ party.region.fund.bas | says "600 000 kr" }}',
      '{{ section.a.party.region.fund.extra | says "300 000 kr" }}',
      '{{ party.region | says "900 000 kr" }}',
      '{{ line.region-bas : line.region-extra | says "2:1" }}',
    ])
    expect(found).toEqual([])
  })

  it('reports a claim that a changed figure no longer bears out, naming the line or fund', async () => {
    const { workspace, found } = await check([
      '{{ line.region-bas | says "500 000 kr" }}', // line 8
      '{{ section.a.fund.extra | says "drygt 300 000 kr" }}',
      '{{ party.region.fund.bas | says "knappt 600 000 kr" }}',
    ])
    expect(found.map((d) => [d.code, describeRange(workspace, d), d.message.sv])).toEqual([
      // `  {{ line.region-bas | says "` is 29 characters, so the claim starts at column 30.
      [
        'prose/claim-not-supported',
        'a.yaml 8:30-8:40',
        "'500 000 kr' betyder ett belopp exakt 500 000 kr, men raden 'region-bas' är 600 000 kr.",
      ],
      [
        'prose/claim-not-supported',
        'a.yaml 9:35-9:51',
        "'drygt 300 000 kr' betyder ett belopp mellan 300 000 och 400 000 kr, men det avsnittet 'a' tar ur fonden 'extra' är 300 000 kr.",
      ],
      [
        'prose/claim-not-supported',
        'a.yaml 10:36-10:53',
        "'knappt 600 000 kr' betyder ett belopp mellan 500 000 och 600 000 kr, men summan till 'region' ur fonden 'bas' är 600 000 kr.",
      ],
    ])
  })

  it('checks approximate shares in words, and suggests memo wording for one that fails', async () => {
    // line.region-bas : section.a = 600 000 : 1 300 000 = 0,46…, in [0,45; 0,5): knappt hälften.
    // party.region.fund.bas : fund.bas = 600 000 : 1 000 000 = 0,6, not in [0,45; 0,55];
    // it is the lower bound of två tredjedelar's band (2/3 − 2/30 = 0,6), below 2/3.
    const { workspace, found } = await check([
      '{{ line.region-bas : section.a | says "knappt hälften" }}',
      '{{ party.region.fund.bas : fund.bas | says "ungefär hälften" }}', // line 9
    ])
    expect(found.map((d) => [d.code, describeRange(workspace, d), d.message.sv, d.hint?.sv])).toEqual([
      [
        // `  {{ party.region.fund.bas : fund.bas | says "` is 46 characters; the claim has 15.
        'prose/ratio-not-supported',
        'a.yaml 9:47-9:62',
        "'ungefär hälften' stämmer inte: party.region.fund.bas är 600 000 kr och fund.bas är 1 000 000 kr, vilket är 3:5.",
        'Skriv till exempel "knappt två tredjedelar", eller rätta beloppen om texten är rätt.',
      ],
    ])
  })

  it('reports an unknown line or fund at its id, with the known ids', async () => {
    const { workspace, found } = await check([
      '{{ line.region-ba }}',
      '{{ section.a.fund.bass }}',
      '{{ party.region.fund.extr }}',
    ])
    expect(found.map((d) => [d.code, describeRange(workspace, d), d.message.en, d.hint?.en])).toEqual([
      [
        'prose/unknown-placeholder',
        'a.yaml 8:11-8:20',
        "The placeholder names the line 'region-ba', which does not exist in the allocation, so its value cannot be computed.",
        "Did you mean 'region-bas'? Known line ids: region-bas, region-extra, barn.",
      ],
      [
        'prose/unknown-placeholder',
        'a.yaml 9:21-9:25',
        "The placeholder names the fund 'bass', which does not exist in the allocation, so its value cannot be computed.",
        "Did you mean 'bas'? Known funds: bas, extra.",
      ],
      [
        'prose/unknown-placeholder',
        'a.yaml 10:24-10:28',
        "The placeholder names the fund 'extr', which does not exist in the allocation, so its value cannot be computed.",
        "Did you mean 'extra'? Known funds: bas, extra.",
      ],
    ])
  })

  it('refuses two lines with one id', async () => {
    const text = allocation('  Text.\n').replace('{ id: barn,', '{ id: region-bas,')
    const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, 'a.yaml': text })
    expect(workspace.diagnostics.map((d) => [d.code, describeRange(workspace, d), d.message.en])).toEqual([
      [
        'schema/duplicate-id',
        'a.yaml 26:23-26:33',
        'The id `region-bas` is already used by a line earlier in the document, so a reference to it would be ambiguous.',
      ],
    ])
  })
})
