import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadWorkspace } from './load-workspace.js'
import { createMemoryWorkspaceHost } from './memory-workspace-host.js'
import { createParseCache } from './parse-cache.js'

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url))
const PARTIES = 'vastra-gotaland/parter.yaml'
const ALLOCATION = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const read = (file: string) => readFileSync(`${examples}${file}`, 'utf8')

describe('a parse cache', () => {
  it('reuses the documents of unchanged files and parses a changed one anew, with the same result as no cache', async () => {
    const files = { [PARTIES]: read(PARTIES), [ALLOCATION]: read(ALLOCATION) }
    const cache = createParseCache()
    const load = (tree: Record<string, string>, parseCache = cache) =>
      loadWorkspace({ root: '/ws', host: createMemoryWorkspaceHost('/ws', tree), parseCache })
    const first = await load(files)
    const edited = { ...files, [ALLOCATION]: files[ALLOCATION]!.replace('amount: 2 000 000', 'amount: 2 500 000') }
    const second = await load(edited)
    expect(second.documentByFile(PARTIES)).toBe(first.documentByFile(PARTIES))
    expect(second.documentByFile(ALLOCATION)).not.toBe(first.documentByFile(ALLOCATION))
    const uncached = await loadWorkspace({ root: '/ws', host: createMemoryWorkspaceHost('/ws', edited) })
    expect(second.diagnostics).toEqual(uncached.diagnostics)
    expect(second.documentByFile(ALLOCATION)).toEqual(uncached.documentByFile(ALLOCATION))
    // Other parse settings are another entry: a rounding default set in the config is not taken from the cache.
    const rounded = await loadWorkspace({
      root: '/ws',
      host: createMemoryWorkspaceHost('/ws', edited),
      parseCache: cache,
      defaults: { rounding: 'floor' },
    })
    expect(rounded.documentByFile(PARTIES)).not.toBe(second.documentByFile(PARTIES))
  })

  it("keeps a dataset's CSV import while the dataset and its CSV are unchanged, and imports an edited CSV anew", async () => {
    const dataset = 'data/befolkning-kommun-2025-09-30.yaml'
    const csv = 'data/befolkning-kommun-2025-09-30.csv'
    const files = { [dataset]: read(dataset), [csv]: read(csv) }
    const cache = createParseCache()
    const load = (tree: Record<string, string>) =>
      loadWorkspace({ root: '/ws', host: createMemoryWorkspaceHost('/ws', tree), parseCache: cache })
    const first = await load(files)
    const again = await load(files)
    expect(again.documentByFile(dataset)).toBe(first.documentByFile(dataset))
    // Ale's row gets one more inhabitant (32 595 → 32 596): the import runs again and its units differ.
    const row = /^Ale;.*$/mu.exec(files[csv]!)![0]
    const edited = await load({ ...files, [csv]: files[csv]!.replace(row, row.replace(/32595$/u, '32596')) })
    expect(row.endsWith(';32595')).toBe(true)
    const units = (document: unknown) => (document as { units: unknown }).units
    expect(edited.documentByFile(dataset)).not.toBe(first.documentByFile(dataset))
    expect(units(edited.documentByFile(dataset))).not.toEqual(units(first.documentByFile(dataset)))
  })
})
