import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRecordingHost, createTempFolder, writeFiles, writeSymlink } from './__fixtures__/temp-workspace.js'
import { discoverSpecFiles } from './discover-spec-files.js'

describe('discoverSpecFiles', () => {
  let root = ''
  let outside = ''
  let remove: () => Promise<void> = async () => {}
  let removeOutside: () => Promise<void> = async () => {}
  beforeEach(async () => {
    ;({ root, remove } = await createTempFolder())
    ;({ root: outside, remove: removeOutside } = await createTempFolder())
  })
  afterEach(async () => {
    await remove()
    await removeOutside()
  })

  it('lists YAML files sorted, skipping node_modules, dot-folders, ignored paths and every symlink', async () => {
    await writeFiles(root, {
      'b/z.yaml': '',
      'b/a.yml': '',
      'a.yaml': '',
      'notes.md': '',
      'Ä.yaml': '',
      'node_modules/pkg/x.yaml': '',
      '.git/config.yaml': '',
      'skip/me.yaml': '',
      '.hidden.yaml': '',
    })
    await writeFiles(outside, { 'secret.yaml': '', 'dir/inner.yaml': '' })
    await writeSymlink(root, 'link-out.yaml', path.join(outside, 'secret.yaml'))
    await writeSymlink(root, 'link-dir', path.join(outside, 'dir'))
    await writeSymlink(root, 'link-in.yaml', path.join(root, 'a.yaml'))
    const { host, calls } = createRecordingHost()
    const found = await discoverSpecFiles(host, root, (p) => p === 'skip')
    // Code-unit order: "." < "A…" < "b" < "Ä" (U+00C4).
    expect(found).toEqual({ files: ['.hidden.yaml', 'a.yaml', 'b/a.yml', 'b/z.yaml', 'Ä.yaml'], diagnostics: [] })
    expect(calls.filter((c) => c.method !== 'readDir')).toEqual([])
    expect(calls.map((c) => path.relative(root, c.path)).sort()).toEqual(['', 'b'])
  })
})
