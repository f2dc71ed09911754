import type { Diagnostic, Workspace } from '@fordela/parser'
import { describeRange, loadInlineWorkspace } from '../../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../../evaluate-workspace.js'

// A small county: three kommuner with populations 100, 200 and 300; two
// förbund (a: K1+K2 = 300, b: K3 = 300) and an open pool.
export const DATASET = `apiVersion: fordela/v1
kind: Dataset
id: pop
title: Folkmängd
unitKind: kommun
referenceDate: 2025-09-30
source: { publisher: Test }
measures: [{ id: folkmangd }]
units:
  - { id: K1, name: K1, values: { folkmangd: 100 } }
  - { id: K2, name: K2, values: { folkmangd: 200 } }
  - { id: K3, name: K3, values: { folkmangd: 300 } }
`
export const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "99", name: Testlän }
dataset: ./pop.yaml
parties:
  - { id: region, name: Regionen }
  - { id: pool, name: Civilsamhället, pool: true }
groups:
  - id: forbund
    name: Förbunden
    members:
      - { id: a, name: A, units: [K1, K2] }
      - { id: b, name: B, units: [K3] }
`

/** The allocation's first six lines, then `extra`. */
export const header = (extra = ''): string =>
  `apiVersion: fordela/v1\nkind: Allocation\nid: fordelning\ntitle: Test\nyear: 2025\nparties: ./parter.yaml\n${extra}`

/**
 * An allocation of one fund `f` of `amount` and one section `s` drawing on
 * it, whose one step has `lines` (each indented ten spaces): the fund is on
 * line 8 (its id at columns 11–12) and the first line on line 16, both
 * later by the number of lines in `extra`.
 */
export const allocationOf = (amount: string, lines: string, extra = ''): string =>
  `${header(extra)}funds:\n  - { id: f, amount: ${amount} }\nsections:\n  - id: s\n    title: S\n    fund: f\n    links: { area: x }\n    steps:\n      - lines:\n${lines}`

/** Lints a workspace of the small county plus one allocation, `fordelning.yaml`. */
export async function lint(
  allocation: string,
  files: Record<string, string> = {},
): Promise<{ workspace: Workspace; diagnostics: readonly Diagnostic[] }> {
  const workspace = await loadInlineWorkspace({
    'pop.yaml': DATASET,
    'parter.yaml': PARTIES,
    'fordelning.yaml': allocation,
    ...files,
  })
  // These specs link to an area with no agreement in reach; that `link/not-checked` is tested in links/.
  return {
    workspace,
    diagnostics: evaluateWorkspace(workspace).diagnostics.filter((d) => d.code !== 'link/not-checked'),
  }
}

/** `code severity file line:col-line:col` of each finding. */
export function summarize(workspace: Workspace, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`)
}

/** Lints the allocation and summarizes its findings. */
export async function lintSummary(allocation: string, files: Record<string, string> = {}): Promise<string[]> {
  const { workspace, diagnostics } = await lint(allocation, files)
  return summarize(workspace, diagnostics)
}
