import { describe, expect, test } from 'vitest'
import { createLineIndex, defaultYamlLimits, loadWorkspace, type YamlLimits } from '../../src/index.js'
import { createMemoryHost, memoryRoot } from '../../../../test/fuzz/memory-workspace-host.js'

/** Four header lines of a Strategy; what a test adds starts on line 5. */
const header = 'apiVersion: fordela/v1\nkind: Strategy\nid: s\ntitle: S\n'

/** Loads `files` with `limits` and lists the limit findings as `code file line:column`. */
async function limitFindings(files: Record<string, string>, limits: Partial<YamlLimits>): Promise<string[]> {
  const workspace = await loadWorkspace({ root: memoryRoot, host: createMemoryHost(files), limits })
  return workspace.diagnostics
    .filter((d) => d.code.startsWith('syntax/') || d.code === 'data/csv-too-large')
    .map((d) => {
      const { line, column } = createLineIndex(workspace.texts.get(d.file) ?? '').locate(d.span[0])
      return `${d.code} ${d.file} ${line}:${column}`
    })
}

describe('every limit is configurable through loadWorkspace', () => {
  test('the defaults are 1 MiB per spec, depth 64, 1 000 aliases, 200 000 values and 1 document', () => {
    expect(defaultYamlLimits).toEqual({
      maxFileBytes: 1_048_576,
      maxDepth: 64,
      maxAliasExpansions: 1000,
      maxNodes: 200_000,
      maxDocuments: 1,
    })
  })

  test('maxFileBytes bounds spec files, and twice it CSV files', async () => {
    const dataset = (csv: string) =>
      `apiVersion: fordela/v1\nkind: Dataset\nid: ${csv}\ntitle: D\nunitKind: lan\nreferenceDate: 2023-12-31\nsource: { publisher: SCB }\n` +
      `measures: [{ id: folk }]\ncsv: { path: ${csv}.csv, unit: region, measures: { folk: folk } }\n`
    const files = {
      // 53 header bytes + "vision: " + 400 × "x" + "\n": 462 bytes, over 400.
      'big.yaml': `${header}vision: ${'x'.repeat(400)}\n`,
      'small.yaml': `${header}vision: v\ngoals: []\n`,
      // CSV limit 2 × 400 = 800 bytes: 12 + 160 × 5 = 812 is over it, 12 + 150 × 5 = 762 is not.
      'over.yaml': dataset('over'),
      'over.csv': `region;folk\n${'01;1\n'.repeat(160)}`,
      'under.yaml': dataset('under'),
      'under.csv': `region;folk\n${'01;1\n'.repeat(150)}`,
    }
    // The CSV path sits on line 9 after "csv: { path: " (13 characters).
    expect(await limitFindings(files, { maxFileBytes: 400 })).toEqual([
      'syntax/file-too-large big.yaml 1:1',
      'data/csv-too-large over.yaml 9:14',
    ])
  })

  test('maxDepth: with 3, [[x]] is read (levels 2 and 3) and [[[x]]] refused at its third [', async () => {
    const files = { 'ok.yaml': `${header}vision: [[x]]\n`, 'deep.yaml': `${header}vision: [[[x]]]\n` }
    // Line 5 "vision: [[[": the third [ is column 8 + 3 = 11.
    expect(await limitFindings(files, { maxDepth: 3 })).toEqual(['syntax/too-deep deep.yaml 5:11'])
  })

  test('maxAliasExpansions: with 2, the third *v is refused', async () => {
    // Line 6 "goals: [*v, *v, *v]": the uses start at columns 9, 13 and 17.
    expect(
      await limitFindings({ 'a.yaml': `${header}vision: &v x\ngoals: [*v, *v, *v]\n` }, { maxAliasExpansions: 2 }),
    ).toEqual(['syntax/alias-limit a.yaml 6:17'])
  })

  test('maxNodes: with 10, an alias that would bring the count past 10 is refused', async () => {
    // Values: the root mapping and four header values (5); vision's list and a, b, c (9);
    // goals' list (10). The first *v would add 4: 14 > 10. It is at line 6, column 9.
    expect(
      await limitFindings({ 'a.yaml': `${header}vision: &v [a, b, c]\ngoals: [*v, *v]\n` }, { maxNodes: 10 }),
    ).toEqual(['syntax/alias-limit a.yaml 6:9'])
  })

  test('maxDocuments: with 2, two documents are read (the first is the spec) and a third refused at its ---', async () => {
    const two = `${header}vision: v\n---\nx: 1\n`
    expect(await limitFindings({ 'two.yaml': two, 'three.yaml': `${two}---\ny: 2\n` }, { maxDocuments: 2 })).toEqual([
      'syntax/multiple-documents three.yaml 8:1',
    ])
  })
})
