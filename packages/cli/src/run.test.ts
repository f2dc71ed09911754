import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { CliIo } from './cli-io.js'
import { run } from './run.js'

const empty = mkdtempSync(join(tmpdir(), 'fordela-run-'))
afterAll(() => rmSync(empty, { recursive: true, force: true }))

/** An io whose stdout breaks, as a closed pipe would: the one failure no input can cause. */
function brokenStdoutIo(stderr: string[]): CliIo {
  return {
    cwd: empty,
    env: {},
    stdoutIsTTY: false,
    writeOut: () => {
      throw new Error('stdout is closed')
    },
    writeErr: (text) => void stderr.push(text),
  }
}

describe('run', () => {
  it('turns an unexpected failure into one line and a report link, exit 2, without a stack', async () => {
    const stderr: string[] = []
    expect(await run(['lint'], brokenStdoutIo(stderr))).toBe(2)
    expect(stderr.join('')).toBe(
      'fordela: internt fel / internal error: stdout is closed\n' +
        'Rapportera gärna / please report: https://github.com/fordela/fordela/issues (kör med --debug för detaljer / run with --debug for details)\n',
    )
  })

  it('adds the stack with --debug', async () => {
    const stderr: string[] = []
    expect(await run(['lint', '--debug'], brokenStdoutIo(stderr))).toBe(2)
    expect(stderr.join('')).toMatch(/^fordela: internt fel \/ internal error: stdout is closed\n.*\nError: stdout is closed\n {4}at /s)
  })
})
