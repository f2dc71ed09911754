import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeScratchFolder } from './make-scratch-folder.js'

const made: string[] = []
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('makeScratchFolder', () => {
  it('makes <name>-<pid>-XXXXXX in the temp folder, and removes one a finished process left', () => {
    // A process that has exited: its id no longer runs (ids are not reused this soon in practice).
    const gone = spawnSync(process.execPath, ['-e', '0']).pid
    const stale = join(tmpdir(), `fordela-test-scratch-${gone}-abc123`)
    mkdirSync(join(stale, 'inner'), { recursive: true })
    made.push(stale)
    const folder = makeScratchFolder('fordela-test-scratch')
    made.push(folder)
    expect(basename(folder)).toMatch(new RegExp(`^fordela-test-scratch-${process.pid}-[A-Za-z0-9]{6}$`, 'u'))
    expect(existsSync(stale)).toBe(false)
  })

  it('leaves the folder of a process that still runs', () => {
    const mine = makeScratchFolder('fordela-test-scratch')
    made.push(mine)
    const again = makeScratchFolder('fordela-test-scratch')
    made.push(again)
    expect(existsSync(mine)).toBe(true)
  })
})
