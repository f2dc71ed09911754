import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { loadWorkspace } from '../../src/index.js'
import { createRecordingHost } from '../../src/workspace/__fixtures__/temp-workspace.js'
import { listHostileCases } from '../../../../test/hostile/list-hostile-cases.js'
import { prepareHostileWorkspace, type HostileWorkspace } from '../../../../test/hostile/prepare-hostile-workspace.js'

const cases = new Map(listHostileCases().map((hostile) => [hostile.name, hostile]))
let workspace: HostileWorkspace | undefined
afterEach(async () => {
  await workspace?.remove()
  workspace = undefined
})

/** Loads a corpus case through a host that records every file system call. */
async function loadRecorded(name: string) {
  const hostile = cases.get(name)
  if (!hostile) throw new Error(`no hostile case ${name}`)
  workspace = await prepareHostileWorkspace(hostile)
  const recording = createRecordingHost()
  const loaded = await loadWorkspace({ root: workspace.root, host: recording.host })
  const relative = (p: string) =>
    path
      .relative(workspace?.root ?? '', p)
      .split(path.sep)
      .join('/')
  return { loaded, calls: recording.calls.map((call) => `${call.method} ${relative(call.path)}`), root: workspace.root }
}

describe('the workspace loader never reads outside its root', () => {
  test('asks the file system only about paths under the root, and reads only files that are there', async () => {
    const { loaded, calls } = await loadRecorded('outside-references')
    // Every path the loader hands the file system is inside the root ("" is the root itself).
    expect(calls.filter((call) => call.split(' ')[1]?.startsWith('..'))).toEqual([])
    // Files read: the three spec files. Not the links, the CSV behind data/link.csv or anything under linked-folder/.
    expect(calls.filter((call) => call.startsWith('readFile')).sort()).toEqual([
      'readFile data/folk.yaml',
      'readFile data/passwd.yaml',
      'readFile vg/fordelning.yaml',
    ])
    // Folders listed: the root and its three real folders; the link linked-folder is not followed.
    expect(calls.filter((call) => call.startsWith('readDir')).sort()).toEqual([
      'readDir ',
      'readDir data',
      'readDir vg',
    ])
    // The only place a link's target is looked at is realPath, which reads no content; every
    // file read is resolved through it first (resolveWorkspaceFile), the three specs included.
    expect(calls.filter((call) => call.startsWith('realPath')).sort()).toEqual([
      'realPath ',
      'realPath data/folk.yaml',
      'realPath data/link.csv',
      'realPath data/passwd.yaml',
      'realPath vg/fordelning.yaml',
      'realPath vg/link-to-outside.yaml',
    ])
    expect([...loaded.texts.keys()].sort()).toEqual(['data/folk.yaml', 'data/passwd.yaml', 'vg/fordelning.yaml'])
  })

  test('refuses a 32 MiB spec and a 20 MiB CSV from their size alone, without reading them', async () => {
    const { calls } = await loadRecorded('huge-file')
    expect(calls.filter((call) => call.startsWith('readFile') || call.startsWith('fileSize')).sort()).toEqual([
      'fileSize big.csv',
      'fileSize big.yaml',
      'fileSize folk.yaml',
      'readFile folk.yaml',
    ])
  })

  test('never opens a named pipe, a device or a folder: each is refused from its size query', async () => {
    const { calls } = await loadRecorded('special-files')
    // Read: the four specs. Asked for a size, and refused there: the three CSV paths and the pipe vg/pipe.yaml.
    expect(calls.filter((call) => call.startsWith('readFile')).sort()).toEqual([
      'readFile data/device.yaml',
      'readFile data/folder.yaml',
      'readFile data/pipe.yaml',
      'readFile vg/fordelning.yaml',
    ])
    expect(calls.filter((call) => call.startsWith('fileSize')).sort()).toEqual([
      'fileSize data/device.csv',
      'fileSize data/device.yaml',
      'fileSize data/folder.csv',
      'fileSize data/folder.yaml',
      'fileSize data/pipe.csv',
      'fileSize data/pipe.yaml',
      'fileSize vg/fordelning.yaml',
      'fileSize vg/pipe.yaml',
    ])
  })
})
