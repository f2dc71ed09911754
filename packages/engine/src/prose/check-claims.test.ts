import { fileURLToPath } from 'node:url'
import { loadWorkspace, type Diagnostic, type Workspace } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import type { AllocationEvaluation } from '../allocation/allocation-evaluation.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { checkProseClaims } from './check-claims.js'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { nodeWorkspaceHost } from '@fordela/parser/node'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: test-parter
title: Testparter
county: { code: "14", name: Västra Götalands län }
parties:
  - { id: vgr, name: Västra Götalandsregionen }
  - { id: nsph, name: NSPH Väst }
groups:
  - id: kommunalforbund
    name: Kommunalförbunden
    members:
      - { id: fyrbodal, name: Fyrbodals kommunalförbund }
      - { id: skaraborg, name: Skaraborgs kommunalförbund }
`

// Strategi 7 000 000: vgr 1 000 000, fyrbodal and skaraborg 1 000 000 each,
// nsph the rest 7 000 000 − 3 000 000 = 4 000 000.
// Extra 3 500 000: vgr 1/2 = 1 750 000, nsph the rest 1 750 000.
// Totals: all 10 500 000; vgr 2 750 000; nsph 5 750 000; kommunalforbund 2 000 000.
const FUNDS_AND_SECTIONS = `funds:
  - { id: strategi, title: Strategi, amount: 7 000 000 }
  - { id: extra, title: Extra, amount: 3 500 000 }
sections:
  - id: strategi
    title: Strategi
    fund: strategi
    steps:
      - lines:
          - { to: vgr, amount: 1 000 000 }
          - { to: kommunalforbund, each: 1 000 000 }
          - { to: nsph, rest: true }
  - id: extra
    title: Extra
    fund: extra
    steps:
      - lines:
          - { to: vgr, share: 1/2 }
          - { to: nsph, rest: true }
`

function allocation(id: string, summary: string): string {
  return `apiVersion: fordela/v1\nkind: Allocation\nid: ${id}\ntitle: Test\nyear: 2025\nparties: ./parter.yaml\nsummary: |\n${summary}${FUNDS_AND_SECTIONS}`
}

/** Evaluates the workspace's only allocation, which must compute without findings. */
function evaluateOnly(workspace: Workspace): AllocationEvaluation {
  expect(workspace.diagnostics).toEqual([])
  const [evaluation, ...others] = evaluateWorkspace(workspace).allocations.values()
  expect(others).toEqual([])
  expect(evaluation!.diagnostics).toEqual([])
  return evaluation!
}

const describeFinding = (workspace: Workspace) => (diagnostic: Diagnostic) => [
  diagnostic.code,
  diagnostic.severity,
  describeRange(workspace, diagnostic),
  diagnostic.message.en,
  diagnostic.suggestions ?? [],
]

describe('checkProseClaims', () => {
  it('accepts claims the figures bear out', async () => {
    const workspace = await loadInlineWorkspace({
      'parter.yaml': PARTIES,
      'pass.yaml': allocation(
        'test-pass',
        [
          '  {{ total | says "drygt 10 miljoner kronor" }}', // 10 000 000 < 10 500 000 < 11 000 000
          '  {{ fund.strategi | says "7 miljoner" }}', // exactly 7 000 000
          '  {{ section.strategi | says "7 000 000 kronor" }}', // the section spends the whole fund
          '  {{ party.kommunalforbund | says "2 miljoner" }}', // the group: 1 000 000 + 1 000 000
          '  {{ section.extra.party.vgr | says "cirka 1,8 miljoner" }}', // 1 750 000 is the band's lower bound, included
          '  {{ party.vgr : party.nsph | says "11:23" }}', // 2 750 000 : 5 750 000 = 11 : 23
          '  {{ fund.strategi : fund.extra | says "2:1" }}', // 7 000 000 : 3 500 000
          '  {{ year }} {{ fund.extra | ord }}',
          '',
        ].join('\n'),
      ),
    })
    expect(checkProseClaims(evaluateOnly(workspace), workspace.texts)).toEqual([])
  })

  it('reports claims the figures do not bear out, at the quoted text or the id', async () => {
    const workspace = await loadInlineWorkspace({
      'parter.yaml': PARTIES,
      'fail.yaml': allocation(
        'test-fail',
        [
          '  {{ total | says "knappt 10 miljoner kronor" }}', // line 8
          '  {{ party.vgr : party.nsph | says "1:2" }}',
          '  {{ fund.strategi | says "mycket pengar" }}',
          '  {{ fund.strategi : fund.extra | says "mycket mer" }}',
          '  {{ fund.extr }}',
          '  {{ section.strategi.party.vgrr | says "1 000 000" }}',
          '  {{ section.strategy }}', // line 14
          '',
        ].join('\n'),
      ),
    })
    const found = checkProseClaims(evaluateOnly(workspace), workspace.texts)
    // Columns: each placeholder starts at column 3; `{{ total | says "` is 17 characters, so the text starts at 20.
    expect(found.map(describeFinding(workspace))).toEqual([
      [
        'prose/claim-not-supported',
        'error',
        'fail.yaml 8:20-8:45',
        "'knappt 10 miljoner kronor' means an amount between 9 000 000 and 10 000 000 kr, but the total is 10 500 000 kr.",
        [],
      ],
      [
        'prose/ratio-not-supported',
        'error',
        'fail.yaml 9:37-9:40',
        "'1:2' does not hold: party.vgr is 2 750 000 kr and party.nsph is 5 750 000 kr, which is 11:23.",
        [],
      ],
      [
        'prose/unparsable-claim',
        'error',
        'fail.yaml 10:28-10:41',
        "'mycket pengar' cannot be read as an amount, so the text cannot be checked against the figures.",
        [],
      ],
      [
        'prose/unparsable-claim',
        'error',
        'fail.yaml 11:41-11:51',
        "'mycket mer' cannot be read as a ratio, so the text cannot be checked against the figures.",
        [],
      ],
      [
        'prose/unknown-placeholder',
        'error',
        'fail.yaml 12:11-12:15',
        "The placeholder names the fund 'extr', which does not exist in the allocation, so its value cannot be computed.",
        ['extra'],
      ],
      [
        'prose/unknown-placeholder',
        'error',
        'fail.yaml 13:29-13:33',
        "The placeholder names the party 'vgrr', which does not exist among the parties, so its value cannot be computed.",
        ['vgr'],
      ],
      [
        'prose/unknown-placeholder',
        'error',
        'fail.yaml 14:14-14:22',
        "The placeholder names the section 'strategy', which does not exist in the allocation, so its value cannot be computed.",
        ['strategi'],
      ],
    ])
    expect(found[0]!.message.sv).toBe(
      "'knappt 10 miljoner kronor' betyder ett belopp mellan 9 000 000 och 10 000 000 kr, men totalen är 10 500 000 kr.",
    )
    expect(found[4]!.hint?.sv).toBe("Menade du 'extra'? Kända fonder: strategi, extra.")
  })

  it("flags the 2025 memo's total and komplexa behov, and accepts its other figures", async () => {
    const root = fileURLToPath(new URL('../../../../examples', import.meta.url))
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    const evaluation = [...evaluateWorkspace(workspace).allocations.values()].find(
      (candidate) => candidate.allocation.id.value === 'vg-2025-lansgemensamma-medel',
    )!
    // With SCB's 2023-12-31 population, Västra Götaland's share is 1 767 016 / 10 551 707:
    // komplexa behov 200 000 000 × share = 33 492 514,53 → 33 492 514 (its .53 is not among the
    // 21 län's largest remainders); suicidprevention 5 000 000 + 95 000 000 × share
    // (15 908 944,40 → 15 908 944) = 20 908 944; total 7 000 000 + 33 492 514 + 20 908 944 = 61 401 458.
    // "drygt 20 miljoner kronor" (20–21 miljoner) and "7 miljoner" (exactly) hold and are not reported.
    const file = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
    expect(checkProseClaims(evaluation, workspace.texts).map(describeFinding(workspace))).toEqual([
      [
        'prose/claim-not-supported',
        'error',
        `${file} 21:20-21:43`,
        "'drygt 61 403 000 kronor' means an amount between 61 403 000 and 61 404 000 kr, but the total is 61 401 458 kr.",
        [],
      ],
      [
        'prose/claim-not-supported',
        'error',
        `${file} 126:55-126:71`,
        "'dryga 33 500 000' means an amount between 33 500 000 and 33 600 000 kr, but fund 'komplexa-behov' is 33 492 514 kr.",
        [],
      ],
    ])
  })
})
