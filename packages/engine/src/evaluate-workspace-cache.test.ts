import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMemoryWorkspaceHost, createParseCache, loadWorkspace } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { createEvaluationCache, evaluateWorkspace } from './evaluate-workspace.js'

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url))
const ALLOCATION = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const DATASET_CSV = 'data/befolkning-kommun-2025-09-30.csv'

/** The example workspace's YAML and CSV files, workspace path → text (dot folders left out). */
function readExamples(): Record<string, string> {
  const paths = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter(
    (path) => /\.(ya?ml|csv)$/u.test(path) && !path.startsWith('.'),
  )
  return Object.fromEntries(
    paths.map((path) => [path.split('\\').join('/'), readFileSync(join(examples, path), 'utf8')]),
  )
}

describe('evaluateWorkspace with an evaluation cache', () => {
  it('reuses an agreement evaluation while the agreement and its datasets are the same documents, and evaluates it again when a dataset changes', async () => {
    const files = readExamples()
    const parseCache = createParseCache()
    const cache = createEvaluationCache()
    const run = async () => {
      const workspace = await loadWorkspace({ root: '/ws', host: createMemoryWorkspaceHost('/ws', files), parseCache })
      const cached = evaluateWorkspace(workspace, { cache })
      const fresh = evaluateWorkspace(workspace)
      return { cached, fresh, agreement: [...cached.agreements.values()][0]! }
    }
    const first = await run()
    // An edit in the allocation only (the NSPH line): the agreement and its dataset are parsed from the same texts.
    files[ALLOCATION] = files[ALLOCATION]!.replace('amount: 2 000 000', 'amount: 2 500 000')
    const second = await run()
    expect(second.agreement).toBe(first.agreement)
    // Reused or not, the findings are those of an evaluation without a cache.
    expect(second.cached.diagnostics).toEqual(second.fresh.diagnostics)
    // A changed CSV (one more person in the first data row) makes a new dataset document: evaluated again.
    const [header, row, ...rest] = files[DATASET_CSV]!.split('\n')
    files[DATASET_CSV] = [
      header,
      row!.replace(/(\d+)(\s*)$/u, (_whole, count: string, end: string) => `${Number(count) + 1}${end}`),
      ...rest,
    ].join('\n')
    const third = await run()
    expect(third.agreement).not.toBe(first.agreement)
    expect(third.cached.diagnostics).toEqual(third.fresh.diagnostics)
  })
})
