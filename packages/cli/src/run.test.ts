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
      'fordela: internt fel: stdout is closed\n' +
        'Rapportera gärna: https://github.com/fordela/fordela/issues (kör med --debug för detaljer)\n',
    )
  })

  it('says it in English with --lang en', async () => {
    const stderr: string[] = []
    expect(await run(['lint', '--lang', 'en'], brokenStdoutIo(stderr))).toBe(2)
    expect(stderr.join('')).toBe(
      'fordela: internal error: stdout is closed\n' +
        'Please report: https://github.com/fordela/fordela/issues (run with --debug for details)\n',
    )
  })

  it('adds the stack with --debug', async () => {
    const stderr: string[] = []
    expect(await run(['lint', '--debug'], brokenStdoutIo(stderr))).toBe(2)
    expect(stderr.join('')).toMatch(/^fordela: internt fel: stdout is closed\n.*\nError: stdout is closed\n {4}at /s)
  })
})

/** An io that keeps what is written. */
function capturingIo(): CliIo & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    cwd: empty,
    env: {},
    stdoutIsTTY: false,
    writeOut: (text) => void out.push(text),
    writeErr: (text) => void err.push(text),
    out,
    err,
  }
}

describe('help', () => {
  const commands = [
    [],
    ['lint'],
    ['rules'],
    ['render'],
    ['explain'],
    ['diff'],
    ['init'],
    ['data'],
    ['data', 'import'],
    ['data', 'fetch'],
    ['studio'],
  ]

  /** The help of a command, and its exit code. */
  async function helpOf(command: readonly string[], ...lang: string[]): Promise<{ code: number; text: string }> {
    const io = capturingIo()
    const code = await run([...command, '--help', ...lang], io)
    return { code, text: io.out.join('') + io.err.join('') }
  }

  it.each(commands)(
    'of "fordela %s" is Swedish by default, with no English heading or glued translation',
    async (...command) => {
      const { code, text } = await helpOf(command)
      expect(code).toBe(0)
      expect(text).toMatch(/^Användning: fordela/)
      expect(text).toContain('Flaggor:')
      expect(text).toContain('visa hjälpen för kommandot')
      expect(text).not.toMatch(/Usage:|Options:|Arguments:|Commands:|display help|choices:|default:|Example/)
      // The old help glued both languages into one line: "utdataformat / output format".
      expect(text).not.toMatch(/[a-zåäö)] \/ [a-z]/)
    },
  )

  it.each(commands)('of "fordela %s" is English with --lang en', async (...command) => {
    const { code, text } = await helpOf(command, '--lang', 'en')
    expect(code).toBe(0)
    expect(text).toMatch(/^Usage: fordela/)
    expect(text).toContain('display help for command')
    expect(text).not.toMatch(/Användning|Flaggor|Argument:|Kommandon|visa hjälpen|val:|standard:|Exempel/)
  })

  it('lists choices and defaults in the language of the help', async () => {
    // Commander wraps long lines; the words are what count here.
    const unwrapped = async (...args: string[]) => (await helpOf(['explain'], ...args)).text.replace(/\s+/g, ' ')
    expect(await unwrapped()).toContain('utdataformat (val: "text", "json", standard: "text")')
    expect(await unwrapped('--lang=en')).toContain('output format (choices: "text", "json", default: "text")')
  })

  it('gives every command an example', async () => {
    for (const command of commands) {
      const called = ['fordela', ...command].join(' ')
      expect((await helpOf(command)).text, called).toMatch(new RegExp(`\\nExempel:\\n  \\$ ${called}`))
      expect((await helpOf(command, '--lang', 'en')).text, called).toMatch(new RegExp(`\\nExamples:\\n  \\$ ${called}`))
    }
  })
})
