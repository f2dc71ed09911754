import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import {
  createMemoryWorkspaceHost,
  createParseCache,
  loadWorkspace,
  readWorkspace,
  type Workspace,
  type WorkspaceReading,
} from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { checkProperty } from '../../../test/properties/property-options.js'
import { createEvaluationCache, evaluateWorkspace, type WorkspaceEvaluation } from './evaluate-workspace.js'

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

/** A value's data: maps as entry lists, functions left out. */
function dataOf(value: unknown): unknown {
  if (typeof value === 'function') return 'function'
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Map) return [...value].map(([key, item]) => [dataOf(key), dataOf(item)])
  if (Array.isArray(value)) return value.map(dataOf)
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, dataOf(item)]))
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

  it('gives what an evaluation without a cache gives, after any run of edits in any file', async () => {
    const files = readExamples()
    const specs = Object.keys(files).filter((file) => /\.ya?ml$/u.test(file) && file !== 'fordela.config.yaml')
    const edit = fc.record({
      file: fc.constantFrom(...specs),
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      removed: fc.integer({ min: 0, max: 3 }),
      typed: fc.string({ unit: fc.constantFrom('5', '0', ' ', 'a', ':', '-', '\n', '.'), maxLength: 3 }),
    })
    /** The findings and every allocation's evaluation, by file (its look-up functions, new closures each run, left out). */
    const outcome = (evaluation: WorkspaceEvaluation) => ({
      diagnostics: evaluation.diagnostics,
      allocations: [...evaluation.allocations].map(([document, evaluated]) => [document.file, dataOf(evaluated)]),
    })
    let reused = 0
    await checkProperty(
      fc.array(edit, { minLength: 1, maxLength: 3 }),
      async (edits) => {
        const now = { ...files }
        const parseCache = createParseCache()
        const cache = createEvaluationCache()
        const read = (): Promise<WorkspaceReading> =>
          readWorkspace({ root: '/ws', host: createMemoryWorkspaceHost('/ws', now), parseCache })
        const check = (workspace: Workspace) => {
          const cached = evaluateWorkspace(workspace, { cache })
          expect(outcome(cached)).toEqual(outcome(evaluateWorkspace(workspace)))
        }
        let reading = await read()
        check(reading.workspace)
        for (const { file, at, removed, typed } of edits) {
          const before = now[file]!
          const offset = Math.floor(at * before.length)
          now[file] = before.slice(0, offset) + typed + before.slice(offset + removed)
          reading = reading.withText(file, now[file]) ?? (await read())
          const documents = reading.workspace.documents
          reused += documents.filter((document) => cache.documents.has(document) && document.file !== file).length
          check(reading.workspace)
        }
      },
      60,
    )
    // Unchanged documents were there to reuse: the cache was really tried, not bypassed.
    expect(reused).toBeGreaterThan(100)
  })
})
