import type { Diagnostic, Workspace } from '@fordela/parser'
import { describeRange, loadInlineWorkspace } from './load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'

// Two län with populations 1 and 3: a cell of 1 000 by population gives
// 98 → 250 and 99 → 750 exactly.
export const LAN = `apiVersion: fordela/v1
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
export const AGREEMENT = `apiVersion: fordela/v1
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
export const KOMMUN = `apiVersion: fordela/v1
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
/** Parties of county 99: the region, and the förbund with `members` (lines 13 on), then `unassigned`. */
export const parties = (members: string, unassigned = ''): string => `apiVersion: fordela/v1
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
/** a has K1 and K2 (line 13); b has K3 (line 14, at columns 35–37), whose population is not known. */
export const COMPLETE_MEMBERS = `      - { id: a, name: A, units: [K1, K2] }\n      - { id: b, name: B, units: [K3] }\n`

/**
 * An allocation of county 99 with one fund line and one section of `lines`.
 * Lines 1–6 are the header, then `extra` (two lines by default), so the fund
 * is on line 10 and the first line of the section on line 18.
 */
export const allocation = (fund: string, lines: string, extra = 'county: "99"\nagreement: ./avtal.yaml\n'): string =>
  `apiVersion: fordela/v1\nkind: Allocation\nid: f\ntitle: F\nyear: 2025\nparties: ./parter.yaml\n${extra}funds:\n  - ${fund}\nsections:\n  - id: s\n    title: S\n    fund: f\n    links: { area: omrade }\n    steps:\n      - lines:\n${lines}`

/** Lints the small workspace and describes each finding as `code severity file range`. */
export async function lint(files: Record<string, string>): Promise<string[]> {
  const workspace: Workspace = await loadInlineWorkspace({
    'lan.yaml': LAN,
    'avtal.yaml': AGREEMENT,
    'kommun.yaml': KOMMUN,
    ...files,
  })
  return evaluateWorkspace(workspace).diagnostics.map(
    (d: Diagnostic) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`,
  )
}

/** One line taking the whole fund to the region. */
export const toRegion = '          - { to: region, rest: true }\n'
