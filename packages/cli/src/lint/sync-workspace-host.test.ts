import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { syncWorkspaceHost } from './sync-workspace-host.js'
import { nodeWorkspaceHost } from '@fordela/parser/node'

const root = mkdtempSync(join(tmpdir(), 'fordela-sync-host-'))
// "rounding: nearest\n" is 18 bytes; "å" is two bytes in UTF-8, so "å\n" is 3.
writeFileSync(join(root, 'spec.yaml'), 'rounding: nearest\n')
writeFileSync(join(root, 'å.yaml'), 'å\n')
mkdirSync(join(root, 'data'))
symlinkSync(join(root, 'spec.yaml'), join(root, 'link.yaml'))

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('syncWorkspaceHost', () => {
  it('lists a directory with entry types, links not followed, as the promise-based host does', async () => {
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1)
    const listed = (await syncWorkspaceHost.readDir(root)).sort(byName)
    expect(listed).toEqual([
      { name: 'data', type: 'directory' },
      { name: 'link.yaml', type: 'symlink' },
      { name: 'spec.yaml', type: 'file' },
      { name: 'å.yaml', type: 'file' },
    ])
    expect(listed).toEqual((await nodeWorkspaceHost.readDir(root)).sort(byName))
  })

  it('reads bytes, sizes files through links and resolves real paths', async () => {
    expect(new TextDecoder().decode(await syncWorkspaceHost.readFile(join(root, 'å.yaml')))).toBe('å\n')
    expect(await syncWorkspaceHost.fileSize(join(root, 'link.yaml'))).toBe(18)
    expect(await syncWorkspaceHost.fileSize(join(root, 'å.yaml'))).toBe(3)
    expect(await syncWorkspaceHost.realPath(join(root, 'link.yaml'))).toBe(
      await nodeWorkspaceHost.realPath(join(root, 'spec.yaml')),
    )
  })

  it('rejects, rather than throws, for a path that does not exist', async () => {
    const missing = join(root, 'missing.yaml')
    const pending = syncWorkspaceHost.realPath(missing)
    expect(pending).toBeInstanceOf(Promise)
    await expect(pending).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(syncWorkspaceHost.readFile(missing)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
