import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkProperty } from '../../../../test/properties/property-options.js'
import { readWorkspace, type WorkspaceReading } from './load-workspace.js'
import { createMemoryWorkspaceHost } from './memory-workspace-host.js'
import { createParseCache } from './parse-cache.js'
import type { Workspace } from './workspace.js'

const examplesDir = fileURLToPath(new URL('../../../../examples/', import.meta.url))

/** Every file of the bundled examples (workspace path → text), as the studio holds them. */
function readExamples(): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.set(relative(examplesDir, path), readFileSync(path, 'utf8'))
    }
  }
  walk(examplesDir)
  return files
}

const examples = readExamples()
const vgAllocation = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'

/** Loads the files from scratch, as `fordela lint` would (no cache, nothing kept). */
async function loadFresh(files: ReadonlyMap<string, string>, paths?: string[]): Promise<Workspace> {
  const host = createMemoryWorkspaceHost('/ws', Object.fromEntries(files))
  return (await readWorkspace({ root: '/ws', host, ...(paths ? { paths } : {}) })).workspace
}

async function read(files: ReadonlyMap<string, string>): Promise<WorkspaceReading> {
  return readWorkspace({
    root: '/ws',
    host: createMemoryWorkspaceHost('/ws', Object.fromEntries(files)),
    parseCache: createParseCache(),
  })
}

/** What a workspace is: its documents, texts, findings and what each id leads to. */
function contentOf(workspace: Workspace) {
  return {
    documents: workspace.documents,
    texts: [...workspace.texts],
    diagnostics: workspace.diagnostics,
    ids: workspace.documents.map((document) => workspace.documentById(document.id.value)?.file),
  }
}

function replace(text: string, from: string, to: string): string {
  expect(text).toContain(from)
  return text.replace(from, to)
}

describe('readWorkspace: one file replaced without reading again', () => {
  it('gives the workspace a fresh load gives when an amount changes', async () => {
    const reading = await read(examples)
    const text = replace(examples.get(vgAllocation)!, 'amount: 2 000 000', 'amount: 2 500 000')
    const replaced = reading.withText(vgAllocation, text)
    expect(replaced).toBeDefined()
    expect(replaced!.workspace.texts.get(vgAllocation)).toBe(text)
    expect(contentOf(replaced!.workspace)).toEqual(
      contentOf(await loadFresh(new Map(examples).set(vgAllocation, text))),
    )
  })

  it('reports a duplicated id at once, as a fresh load does', async () => {
    const reading = await read(examples)
    const text = replace(examples.get(vgAllocation)!, 'id: vg-2025-lansgemensamma-medel', 'id: vg-parter')
    const replaced = reading.withText(vgAllocation, text)!
    expect(replaced.workspace.diagnostics.map((d) => d.code)).toContain('ref/duplicate-id')
    expect(contentOf(replaced.workspace)).toEqual(contentOf(await loadFresh(new Map(examples).set(vgAllocation, text))))
  })

  it('asks for a fresh load when loading would read something else', async () => {
    const reading = await read(examples)
    const vg = examples.get(vgAllocation)!
    // Another agreement: loading follows references, so it must read again.
    expect(reading.withText(vgAllocation, replace(vg, 'agreement: ../nationellt/', 'agreement: ./'))).toBeUndefined()
    // A dataset's CSV is read by loading.
    const dataset = 'data/befolkning-lan-2023-12-31.yaml'
    expect(reading.withText(dataset, `${examples.get(dataset)}\n`)).toBeUndefined()
    // A file that no longer looks like a spec is left out by the walk.
    expect(reading.withText(vgAllocation, 'just: text\n')).toBeUndefined()
    // A file that is not a loaded spec (a CSV, a file not in the workspace).
    expect(reading.withText('data/befolkning-lan-2023-12-31.csv', 'x')).toBeUndefined()
    expect(reading.withText('ny.yaml', vg)).toBeUndefined()
    // Over the size limit (1 MiB by default: 1 048 576 bytes), the file is refused before it is read.
    expect(reading.withText(vgAllocation, `${vg}#${'x'.repeat(1_048_576)}\n`)).toBeUndefined()
  })

  it('keeps a file read only because it is referenced only while the references stay the same', async () => {
    // Without an apiVersion line the walk sets parter.yaml aside; the reference makes loading read it.
    const allocation =
      'apiVersion: fordela/v1\nkind: Allocation\nid: f\ntitle: F\nyear: 2025\nparties: ./parter.yaml\nfunds:\n  - { id: a, amount: 1 }\nsections: []\n'
    const files = new Map([
      ['parter.yaml', '- vgr\n- nsph\n'],
      ['fordelning.yaml', allocation],
    ])
    const reading = await read(files)
    expect([...reading.workspace.texts.keys()]).toContain('parter.yaml')
    // Same reference: nothing else to read; the title changes and so must the document.
    const retitled = replace(allocation, 'title: F', 'title: G')
    const replaced = reading.withText('fordelning.yaml', retitled)
    expect(replaced).toBeDefined()
    expect(contentOf(replaced!.workspace)).toEqual(
      contentOf(await loadFresh(new Map(files).set('fordelning.yaml', retitled))),
    )
    // Without the reference a fresh load leaves parter.yaml out: only loading again can say so.
    expect(reading.withText('fordelning.yaml', replace(allocation, 'parties: ./parter.yaml\n', ''))).toBeUndefined()
  })

  it('asks for a fresh load when only some files are linted', async () => {
    const host = createMemoryWorkspaceHost('/ws', Object.fromEntries(examples))
    const reading = await readWorkspace({ root: '/ws', host, paths: [vgAllocation] })
    expect(reading.withText(vgAllocation, `${examples.get(vgAllocation)}\n`)).toBeUndefined()
  })

  it('equals a fresh load after any run of typed characters and deletions', async () => {
    const specs = [...examples.keys()].filter((file) => /\.ya?ml$/u.test(file) && !file.startsWith('data/'))
    const edit = fc.record({
      file: fc.constantFrom(...specs),
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      removed: fc.integer({ min: 0, max: 3 }),
      typed: fc.string({ unit: fc.constantFrom('5', '0', ' ', 'a', 'å', ':', '-', '#', '\n', '"', '.'), maxLength: 3 }),
    })
    let replacedCount = 0
    let total = 0
    await checkProperty(
      fc.array(edit, { minLength: 1, maxLength: 3 }),
      async (edits) => {
        const files = new Map(examples)
        let reading: WorkspaceReading = await read(files)
        for (const { file, at, removed, typed } of edits) {
          const before = files.get(file)!
          const offset = Math.floor(at * before.length)
          const text = before.slice(0, offset) + typed + before.slice(offset + removed)
          files.set(file, text)
          total += 1
          const replaced = reading.withText(file, text)
          if (replaced) {
            replacedCount += 1
            expect(contentOf(replaced.workspace)).toEqual(contentOf(await loadFresh(files)))
          }
          reading = replaced ?? (await read(files))
        }
      },
      150,
    )
    // Most keystrokes leave the references alone: the quick way must be the usual one, or this test checks little.
    expect(replacedCount).toBeGreaterThan(total / 2)
  })
})
