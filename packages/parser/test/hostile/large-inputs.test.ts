import { describe, expect, test } from 'vitest'
import { evaluateWorkspace } from '../../../engine/src/index.js'
import { loadWorkspace, loadYaml, validateDocument, type DocumentKind } from '../../src/index.js'
import { createMemoryHost, memoryRoot } from '../fuzz/memory-workspace-host.js'

/**
 * The budget per input, applied to the stage that was quadratic
 * (reading the YAML, linear at about 1 MB/s, is timed by the corpus). Each
 * stage below took 3–8 s here before its fix, and takes well under half a
 * second after it, so the bound separates the two without being flaky.
 */
const BUDGET_MS = 2000

const parties =
  'apiVersion: fordela/v1\nkind: Parties\nid: p\ntitle: P\ncounty: { code: "14", name: L }\nparties: [{ id: a, name: A }]\n' +
  'groups:\n  - id: g\n    name: G\n    members: [{ id: m0, name: M0 }, { id: m1, name: M1 }]\n'

/** An allocation of one fund whose section has `lines` in its first step and `text` as its prose. */
const allocation = (lines: string, text = 'Text.') =>
  'apiVersion: fordela/v1\nkind: Allocation\nid: x\ntitle: X\nyear: 2025\nparties: ./p.yaml\nfunds: [{ id: f, amount: 1000000000 }]\n' +
  `sections:\n  - id: s\n    title: S\n    fund: f\n    text: "${text}"\n    steps:\n      - lines:\n${lines}      - lines: [{ to: a, rest: true }]\n`

/** Times the schema check of one file, its YAML read beforehand; returns the findings per code. */
function timeValidation(kind: DocumentKind, text: string): { ms: number; codes: Record<string, number> } {
  const { root } = loadYaml(text, 'x.yaml')
  if (!root) throw new Error('the text did not load')
  const started = performance.now()
  const diagnostics = validateDocument(kind, root, 'x.yaml')
  return { ms: performance.now() - started, codes: countCodes(diagnostics) }
}

/** Times the evaluation of a workspace, loaded beforehand; returns the findings per code. */
async function timeEvaluation(files: Record<string, string>): Promise<{ ms: number; codes: Record<string, number> }> {
  const workspace = await loadWorkspace({ root: memoryRoot, host: createMemoryHost(files) })
  const started = performance.now()
  const evaluation = evaluateWorkspace(workspace)
  return { ms: performance.now() - started, codes: countCodes(evaluation.diagnostics) }
}

function countCodes(diagnostics: readonly { readonly code: string }[]): Record<string, number> {
  const codes: Record<string, number> = {}
  for (const d of diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1
  return codes
}

describe('inputs of many small mistakes stay linear (each stage was quadratic before)', () => {
  test('40 000 unknown top-level keys: the key of each finding was found by scanning the whole mapping', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`).join('\n')
    const { ms, codes } = timeValidation('Strategy', `apiVersion: fordela/v1\nkind: Strategy\nid: s\ntitle: S\nvision: V\ngoals: []\n${keys}\n`)
    expect(codes).toEqual({ 'schema/unknown-key': 40_000 })
    expect(ms).toBeLessThan(BUDGET_MS)
  })

  test('20 000 lines without amount, each, share or rest: ajv copied its list of errors at every line', () => {
    const { ms, codes } = timeValidation('Allocation', allocation('          - { to: a }\n'.repeat(20_000)))
    expect(codes).toEqual({ 'schema/missing-key': 20_000 })
    expect(ms).toBeLessThan(BUDGET_MS)
  })

  test('20 000 `each` lines in one step: the engine copied the step’s list of lines at every line', async () => {
    const { ms, codes } = await timeEvaluation({ 'p.yaml': parties, 'x.yaml': allocation('          - { to: g, each: 1 }\n'.repeat(20_000)) })
    expect(codes).toEqual({ 'link/section-unlinked': 1 })
    expect(ms).toBeLessThan(BUDGET_MS)
  })

  test('40 000 placeholders in one text: each placeholder searched the text from its start', async () => {
    const text = '{{ party.a }} '.repeat(40_000)
    const { ms, codes } = await timeEvaluation({ 'p.yaml': parties, 'x.yaml': allocation('          - { to: a, amount: 1 }\n', text) })
    expect(codes).toEqual({ 'link/section-unlinked': 1 })
    expect(ms).toBeLessThan(BUDGET_MS)
  })
})
