import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
const empty = mkdtempSync(join(tmpdir(), 'fordela-studio-command-'))
afterAll(() => rmSync(empty, { recursive: true, force: true }))

describe('fordela studio', () => {
  it('names a folder that does not exist in one line and exits 2, serving nothing', async () => {
    const result = await runCli(['studio', 'finns-inte'], empty)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('fordela: finns-inte: mappen finns inte.\n')
  })

  it('refuses a port outside 0–65535, in the language of --lang', async () => {
    expect(await runCli(['studio', '--port', '70000'], empty)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: "70000" är ingen port (0–65535)\n',
    })
    expect(await runCli(['studio', '--port=70000', '--lang=en'], empty)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: "70000" is not a port (0–65535)\n',
    })
  })
})
