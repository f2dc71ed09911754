import { describe, expect, it } from 'vitest'
import { loadWorkspace } from './load-workspace.js'
import { createMemoryWorkspaceHost } from './memory-workspace-host.js'

describe('createMemoryWorkspaceHost', () => {
  const host = createMemoryWorkspaceHost('/ws', { 'a/b.yaml': 'x: 1\n', 'c.csv': 'å' })

  it('lists folders and reads files under the root', async () => {
    expect((await host.readDir('/ws')).map((entry) => [entry.name, entry.type]).sort()).toEqual([
      ['a', 'directory'],
      ['c.csv', 'file'],
    ])
    expect(new TextDecoder().decode(await host.readFile('/ws/a/b.yaml'))).toBe('x: 1\n')
    // "å" is two bytes in UTF-8 (C3 A5).
    expect(await host.fileSize('/ws/c.csv')).toBe(2)
    expect(await host.realPath('/ws/a/../c.csv')).toBe('/ws/c.csv')
  })

  it('rejects what it does not hold with ENOENT, and never holds a path that climbs out', async () => {
    const climbing = createMemoryWorkspaceHost('/ws', { '../etc/passwd': 'root' })
    await expect(climbing.realPath('/etc/passwd')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(host.readFile('/ws/none.yaml')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('serves the loader', async () => {
    const spec = 'apiVersion: fordela/v1\nkind: Parties\nid: p\nparties: []\n'
    const workspace = await loadWorkspace({
      root: '/ws',
      host: createMemoryWorkspaceHost('/ws', { 'parter.yaml': spec }),
    })
    // Found by the walk and read as a spec, whatever the schema then says of it.
    expect([...workspace.texts.keys()]).toEqual(['parter.yaml'])
  })
})
