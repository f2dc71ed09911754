import type { Diagnostic, Workspace } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'

// Two län with populations 1 and 3: a cell of 1 000 by population gives
// 99 → 250 and 98 → 750 exactly.
const LAN = `apiVersion: fordela/v1
kind: Dataset
id: lan
title: Län
unitKind: lan
referenceDate: 2023-12-31
source: { publisher: Test }
measures: [{ id: folkmangd }]
units:
  - { id: "98", name: Norr, values: { folkmangd: 1 } }
  - { id: "99", name: Testlän, values: { folkmangd: 3 } }
`
const AGREEMENT = `apiVersion: fordela/v1
kind: Agreement
id: avtal
title: Avtal
year: 2025
columns:
  - { id: lan, title: Län, dataset: ./lan.yaml }
areas:
  - id: omrade
    title: Område
    cells:
      lan:
        amount: 1 000
        rules:
          - rest: { by: folkmangd }
`
const KOMMUN = `apiVersion: fordela/v1
kind: Dataset
id: kommun
title: Kommuner
unitKind: kommun
referenceDate: 2025-09-30
source: { publisher: Test }
measures: [{ id: folkmangd }]
units:
  - { id: K1, name: K1, group: Testlän, values: { folkmangd: 100 } }
  - { id: K2, name: K2, group: Testlän, values: { folkmangd: 200 } }
  - { id: K3, name: K3, group: Testlän, values: { folkmangd: ".." } }
  - { id: K9, name: K9, group: Norr, values: { folkmangd: 5 } }
`
const parties = (members: string, unassigned = ''): string => `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "99", name: Testlän }
dataset: ./kommun.yaml
parties:
  - { id: region, name: Regionen }
groups:
  - id: forbund
    name: Förbunden
    members:
${members}${unassigned}`
const COMPLETE_MEMBERS = `      - { id: a, name: A, units: [K1, K2] }\n      - { id: b, name: B, units: [K3] }\n`

/**
 * An allocation of county 99 with one fund line and one section of `lines`.
 * Lines 1–6 are the header, then `extra` (two lines by default), so the fund
 * is on line 10 and the first line of the section on line 18.
 */
const allocation = (fund: string, lines: string, extra = 'county: "99"\nagreement: ./avtal.yaml\n'): string =>
  `apiVersion: fordela/v1\nkind: Allocation\nid: f\ntitle: F\nyear: 2025\nparties: ./parter.yaml\n${extra}funds:\n  - ${fund}\nsections:\n  - id: s\n    title: S\n    fund: f\n    links: { area: omrade }\n    steps:\n      - lines:\n${lines}`

/** Lints the small workspace and describes each finding as `code severity file range`. */
async function lint(files: Record<string, string>): Promise<string[]> {
  const workspace: Workspace = await loadInlineWorkspace({ 'lan.yaml': LAN, 'avtal.yaml': AGREEMENT, 'kommun.yaml': KOMMUN, ...files })
  return evaluateWorkspace(workspace).diagnostics.map((d: Diagnostic) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`)
}

const toRegion = '          - { to: region, rest: true }\n'

describe('funds taken from the agreement', () => {
  it('passes when the stated amount equals the county cell (3/4 of 1 000 = 750)', async () => {
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, amount: 750, from: { area: omrade, column: lan } }', toRegion) })
    expect(found).toEqual([])
  })

  it('reports agreement/fund-mismatch at the stated amount', async () => {
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, amount: 740, from: { area: omrade, column: lan } }', toRegion) })
    // "  - { id: f, amount: " is 21 characters, so "740" is at columns 22–25 of line 10.
    expect(found).toEqual(['agreement/fund-mismatch error f.yaml 10:22-10:25'])
  })

  it('reports a difference within a stated tolerance as info at its reason', async () => {
    const fund = '{ id: f, amount: 740, tolerance: { amount: 10, reason: Avrundat i avtalet }, from: { area: omrade, column: lan } }'
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation(fund, toRegion) })
    // "Avrundat i avtalet" (18 characters) starts after the 59 characters before "reason: " ends.
    expect(found).toEqual(['agreement/fund-within-tolerance info f.yaml 10:60-10:78'])
  })

  it('reports unknown areas and columns with their positions', async () => {
    const area = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, from: { area: omrad, column: lan } }', toRegion) })
    // "  - { id: f, from: { area: " is 27 characters: "omrad" at columns 28–33.
    expect(area).toEqual(['ref/unknown-area error f.yaml 10:28-10:33'])
    const column = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, from: { area: omrade, column: region } }', toRegion) })
    // "  - { id: f, from: { area: omrade, column: " is 43 characters: "region" at 44–50.
    expect(column).toEqual(['ref/unknown-column error f.yaml 10:44-10:50'])
  })

  it('reports a fund that names no county and an allocation without an agreement', async () => {
    const noCounty = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, from: { area: omrade, column: lan } }', toRegion, 'agreement: ./avtal.yaml\n') })
    // One extra header line, so the fund is on line 9; its `from` map spans columns 20–49.
    expect(noCounty).toEqual(['ref/missing-county error f.yaml 9:20-9:49'])
    const noAgreement = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, from: { area: omrade, column: lan } }', toRegion, 'county: "99"\n') })
    // Without an agreement the link `area: omrade` cannot be checked either: line 14,
    // "    links: { area: omrade }", the id at columns 20–26.
    expect(noAgreement).toEqual(['ref/missing-agreement error f.yaml 9:20-9:49', 'link/not-checked info f.yaml 14:20-14:26'])
  })
})

describe('parties against their dataset', () => {
  it('reports a unit in two members, an unknown unit, and a county unit in no member', async () => {
    const members = '      - { id: a, name: A, units: [K1, K2] }\n      - { id: b, name: B, units: [K2, K7] }\n'
    const found = await lint({ 'parter.yaml': parties(members), 'f.yaml': allocation('{ id: f, amount: 10 }', toRegion) })
    expect(found).toEqual([
      // K3 of Testlän is in no member (K9 belongs to another län and is not expected).
      'data/unassigned-unit warning parter.yaml 10:9-10:16',
      // Line 14: "      - { id: b, name: B, units: [K2, K7] }": K2 at columns 35–37, K7 at 39–41.
      'data/unit-in-two-members error parter.yaml 14:35-14:37',
      'data/unknown-unit error parter.yaml 14:39-14:41',
    ])
  })

  it('accepts a unit left out with a reason, and refuses one that is also assigned', async () => {
    const members = '      - { id: a, name: A, units: [K1, K2] }\n'
    const ok = await lint({ 'parter.yaml': parties(members, '    unassigned:\n      - { unit: K3, reason: Okänd grupp }\n'), 'f.yaml': allocation('{ id: f, amount: 10 }', toRegion) })
    expect(ok).toEqual([])
    const twice = await lint({ 'parter.yaml': parties(members, '    unassigned:\n      - { unit: K1, reason: Fel }\n      - { unit: K3, reason: Okänd grupp }\n'), 'f.yaml': allocation('{ id: f, amount: 10 }', toRegion) })
    expect(twice).toEqual(['data/unassigned-but-assigned error parter.yaml 15:17-15:19'])
  })

  it('refuses to split by a weight that a member lacks (K3 has no population) rather than guess', async () => {
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, amount: 10 }', '          - { to: forbund, rest: true, split: folkmangd }\n') })
    // Reported at K3 in member b's units (line 14, columns 35–37), once.
    expect(found).toEqual(['data/missing-weight error parter.yaml 14:35-14:37'])
  })
})

describe('child lines', () => {
  it('reports child lines that overdraw their parent, and a child naming a fund', async () => {
    const lines = '          - to: region\n            rest: true\n            lines:\n              - { to: region, amount: 11, fund: f }\n'
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, amount: 10 }', lines) })
    expect(found).toEqual([
      // The parent line spans lines 18–21 (its range ends at the start of line 22); the
      // child's "fund: f" value is at line 21, column 49.
      'sum/line-overspent error f.yaml 18:13-22:1',
      'sum/fund-on-child-line error f.yaml 21:49-21:50',
    ])
  })
})

describe('child lines to another recipient', () => {
  it('refuses a child line to another party than its line, at its `to`', async () => {
    // Regression: the region's line of 10 gave 4 to member a through a child line, so {{ party.region }}
    // was 6 while the memo's bullet for the region still said 10.
    const lines = '          - to: region\n            rest: true\n            lines:\n              - { to: region, amount: 6 }\n              - { to: a, rest: true }\n'
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, amount: 10 }', lines) })
    // "              - { to: a": the id `a` is at columns 23–24 of line 22.
    expect(found).toEqual(['sum/child-line-other-party error f.yaml 22:23-22:24'])
  })

  it('accepts child lines to the line\'s own recipient and to members of its group', async () => {
    const lines = '          - to: forbund\n            rest: true\n            lines:\n              - { to: a, amount: 6 }\n              - { to: b, rest: true }\n'
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, amount: 10 }', lines) })
    expect(found).toEqual([])
  })
})

describe('dataset dates', () => {
  it('warns when a column states another population date than its dataset has', async () => {
    const stated = AGREEMENT.replace('dataset: ./lan.yaml }', 'dataset: ./lan.yaml, referenceDate: 2024-11-01 }')
    const workspace = await loadInlineWorkspace({ 'lan.yaml': LAN, 'avtal.yaml': stated })
    const found = evaluateWorkspace(workspace).diagnostics.map((d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`)
    // Line 7: "  - { id: lan, title: Län, dataset: ./lan.yaml, ..." — the path at columns 37–47.
    expect(found).toEqual(['data/dataset-date-mismatch warning avtal.yaml 7:37-7:47'])
    const same = AGREEMENT.replace('dataset: ./lan.yaml }', 'dataset: ./lan.yaml, referenceDate: 2023-12-31 }')
    const clean = await loadInlineWorkspace({ 'lan.yaml': LAN, 'avtal.yaml': same })
    expect(evaluateWorkspace(clean).diagnostics).toEqual([])
  })
})

describe('lines with child lines', () => {
  it('still checks the parent line\'s recipient', async () => {
    const lines = '          - to: regoin\n            rest: true\n            lines:\n              - { to: region, rest: true }\n'
    const found = await lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation('{ id: f, amount: 10 }', lines) })
    // "          - to: regoin": ten spaces, "- to: ", so the id is at columns 17–23 of line 18.
    expect(found).toEqual(['ref/unknown-party error f.yaml 18:17-18:23'])
  })
})

describe('one finding per place', () => {
  it('reports a member unit without a weight once, however many allocations split the group', async () => {
    // Regression: each allocation splitting the förbund found K3's missing weight again (six allocations
    // sharing one parties file printed it six times at one place).
    const lines = '          - { to: forbund, rest: true, split: folkmangd }\n'
    const found = await lint({
      'parter.yaml': parties(COMPLETE_MEMBERS),
      'f.yaml': allocation('{ id: f, amount: 10 }', lines),
      'g.yaml': allocation('{ id: f, amount: 10 }', lines).replace('id: f\ntitle: F', 'id: g\ntitle: G'),
    })
    // As in the single-allocation case above: K3 in member b's units, line 14, columns 35–37.
    expect(found).toEqual(['data/missing-weight error parter.yaml 14:35-14:37'])
  })
})
