import { afterEach, describe, expect, it } from 'vitest'
import { createLineIndex } from '../yaml/line-index.js'
import { createTempFolder, writeFiles } from './__fixtures__/temp-workspace.js'
import { loadWorkspace } from './load-workspace.js'
import { nodeWorkspaceHost } from './node-workspace-host.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

describe('a file referenced by path that the walk set aside as not a spec', () => {
  it('is parsed, so its own problem is reported instead of an unknown document', async () => {
    const { root, remove } = await createTempFolder()
    cleanups.push(remove)
    await writeFiles(root, {
      // Found by the walk, but without an apiVersion line it looks like any other YAML file.
      'parter.yaml': '- vgr\n- nsph\n',
      'fordelning.yaml':
        'apiVersion: fordela/v1\nkind: Allocation\nid: f\ntitle: F\nyear: 2025\nparties: ./parter.yaml\nfunds:\n  - { id: a, amount: 1 }\nsections: []\n',
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    const found = workspace.diagnostics.map((d) => {
      const at = createLineIndex(workspace.texts.get(d.file) ?? '').locate(d.span[0])
      return `${d.code} ${d.file}:${at.line}:${at.column}`
    })
    // The list at line 1 is reported as what it is; no ref/unknown-document hides it.
    expect(found).toEqual(['syntax/not-a-mapping parter.yaml:1:1'])
  })
})
