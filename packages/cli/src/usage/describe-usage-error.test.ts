import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { afterAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../cli-io.js'
import { run } from '../run.js'
import { describeUsageError } from './describe-usage-error.js'
import { readCodes } from './read-commander-error.js'

const empty = mkdtempSync(join(tmpdir(), 'fordela-usage-'))
afterAll(() => rmSync(empty, { recursive: true, force: true }))

/** Runs fordela in-process in an empty folder: its exit code, stdout and stderr. */
async function runIn(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    cwd: empty,
    env: {},
    stdoutIsTTY: false,
    writeOut: (text) => void out.push(text),
    writeErr: (text) => void err.push(text),
  }
  const code = await run(argv, io)
  return { code, stdout: out.join(''), stderr: err.join('') }
}

/** A usage mistake: exit code 2, nothing on stdout, `stderr` on stderr. */
const failsWith = (stderr: string) => ({ code: 2, stdout: '', stderr })

const svHelp = (command: string) => `Skriv ${command} --help för hjälp.\n`
const enHelp = (command: string) => `Type ${command} --help --lang en for help.\n`

/**
 * One case per kind of mistake Commander finds (by its code), in Swedish
 * (the default) and in English (`--lang en` added at the end, or where
 * `argvEn` puts it).
 */
const cases: readonly {
  readonly code: string
  readonly kind: string
  readonly argv: readonly string[]
  readonly argvEn?: readonly string[]
  readonly sv: string
  readonly en: string
}[] = [
  {
    code: 'commander.unknownOption',
    kind: 'an unknown option',
    argv: ['lint', '--x'],
    sv: `fordela: okänd flagga "--x".\n${svHelp('fordela lint')}`,
    en: `fordela: unknown option "--x".\n${enHelp('fordela lint')}`,
  },
  {
    code: 'commander.unknownOption',
    kind: 'an unknown option Commander has a guess for',
    // "fromat" is "format" with two letters swapped: edit distance 2 of 6 letters.
    argv: ['lint', '--fromat', 'json'],
    sv: `fordela: okänd flagga "--fromat". Menade du "--format"?\n${svHelp('fordela lint')}`,
    en: `fordela: unknown option "--fromat". Did you mean "--format"?\n${enHelp('fordela lint')}`,
  },
  {
    code: 'commander.unknownOption',
    kind: 'an unknown option with two equally close guesses',
    // "no-fix" → "fix": delete "no-" (3 edits); → "config": 3 substitutions/moves; both 3 of 6 letters.
    argv: ['lint', '--no-fix'],
    sv: `fordela: okänd flagga "--no-fix". Menade du "--config" eller "--fix"?\n${svHelp('fordela lint')}`,
    en: `fordela: unknown option "--no-fix". Did you mean "--config" or "--fix"?\n${enHelp('fordela lint')}`,
  },
  {
    code: 'commander.unknownOption',
    kind: "an unknown option before the command, the program's",
    argv: ['--x', 'lint'],
    sv: `fordela: okänd flagga "--x".\n${svHelp('fordela')}`,
    en: `fordela: unknown option "--x".\n${enHelp('fordela')}`,
  },
  {
    code: 'commander.unknownCommand',
    kind: 'an unknown command',
    argv: ['lnt'],
    sv: `fordela: "lnt" är inget kommando i fordela. Menade du "lint"?\n${svHelp('fordela')}`,
    en: `fordela: "lnt" is not a fordela command. Did you mean "lint"?\n${enHelp('fordela')}`,
  },
  {
    code: 'commander.unknownCommand',
    kind: 'an unknown command of data',
    argv: ['data', 'imprt'],
    sv: `fordela: "imprt" är inget kommando i fordela data. Menade du "import"?\n${svHelp('fordela data')}`,
    en: `fordela: "imprt" is not a fordela data command. Did you mean "import"?\n${enHelp('fordela data')}`,
  },
  {
    code: 'commander.unknownCommand',
    kind: 'an unknown command with nothing close',
    argv: ['xyz'],
    sv: `fordela: "xyz" är inget kommando i fordela.\n${svHelp('fordela')}`,
    en: `fordela: "xyz" is not a fordela command.\n${enHelp('fordela')}`,
  },
  {
    code: 'commander.missingArgument',
    kind: 'a missing argument',
    argv: ['render'],
    sv: `fordela: argumentet <spec> saknas.\n${svHelp('fordela render')}`,
    en: `fordela: the argument <spec> is missing.\n${enHelp('fordela render')}`,
  },
  {
    code: 'commander.missingArgument',
    kind: 'a missing argument of data import',
    argv: ['data', 'import'],
    sv: `fordela: argumentet <file> saknas.\n${svHelp('fordela data import')}`,
    en: `fordela: the argument <file> is missing.\n${enHelp('fordela data import')}`,
  },
  {
    code: 'commander.optionMissingArgument',
    kind: "an option's missing value",
    argv: ['render', 'spec.yaml', '--output'],
    // After --output, "--lang" would be taken as its value.
    argvEn: ['render', '--lang', 'en', 'spec.yaml', '--output'],
    sv: `fordela: -o, --output <file>: värdet saknas.\n${svHelp('fordela render')}`,
    en: `fordela: -o, --output <file>: the value is missing.\n${enHelp('fordela render')}`,
  },
  {
    code: 'commander.excessArguments',
    kind: 'one argument too many',
    argv: ['render', 'a.yaml', 'b.yaml'],
    sv: `fordela: för många argument: fordela render tar 1 argument men fick 2.\n${svHelp('fordela render')}`,
    en: `fordela: too many arguments: fordela render takes 1 argument but got 2.\n${enHelp('fordela render')}`,
  },
  {
    code: 'commander.excessArguments',
    kind: 'an argument to a command that takes none',
    argv: ['rules', 'sum'],
    sv: `fordela: för många argument: fordela rules tar inga argument men fick 1.\n${svHelp('fordela rules')}`,
    en: `fordela: too many arguments: fordela rules takes no arguments but got 1.\n${enHelp('fordela rules')}`,
  },
  {
    code: 'commander.invalidArgument',
    kind: "a value outside an option's choices",
    argv: ['explain', 'spec.yaml', '--format', 'xml'],
    sv: `fordela: -f, --format <format>: "xml" är inte tillåtet; välj ett av text eller json.\n${svHelp('fordela explain')}`,
    en: `fordela: -f, --format <format>: "xml" is not allowed; choose one of text or json.\n${enHelp('fordela explain')}`,
  },
]

describe("Commander's usage mistakes", () => {
  it('have a case here for every code fordela reads', () => {
    expect([...new Set(cases.map((one) => one.code))].sort()).toEqual([...readCodes].sort())
  })

  it.each(cases)('$code: $kind, in Swedish by default', async ({ argv, sv }) => {
    expect(await runIn(argv)).toEqual(failsWith(sv))
  })

  it.each(cases)('$code: $kind, in English with --lang en', async ({ argv, argvEn, en }) => {
    expect(await runIn(argvEn ?? [...argv, '--lang', 'en'])).toEqual(failsWith(en))
  })

  it('says a --lang value outside its choices in Swedish, the language fordela falls back to', async () => {
    expect(await runIn(['lint', '--lang', 'de'])).toEqual(
      failsWith(`fordela: --lang <lang>: "de" är inte tillåtet; välj ett av sv eller en.\n${svHelp('fordela lint')}`),
    )
    expect(await runIn(['lint', '--lang'])).toEqual(
      failsWith(`fordela: --lang <lang>: värdet saknas.\n${svHelp('fordela lint')}`),
    )
  })

  it('leaves --help, --version and the help of a command left out as they were', async () => {
    expect((await runIn(['--version'])).code).toBe(0)
    const help = await runIn(['lint', '--help'])
    expect([help.code, help.stderr]).toEqual([0, ''])
    // `fordela data` without import or fetch: its help, on stderr, exit 2, and no mistake named.
    const data = await runIn(['data'])
    expect(data.code).toBe(2)
    expect(data.stderr).toMatch(/^Användning: fordela data /)
    expect(data.stderr).not.toMatch(/^fordela: /m)
  })
})

describe('what the user typed, echoed in a mistake', () => {
  it('shows control characters escaped, never as a terminal sequence', async () => {
    // ESC [ 2 J clears a terminal; ESC ] 0 ; … BEL sets its title; U+202E reverses the text after it.
    expect(await runIn(['lint', '--x\u001b[2J'])).toEqual(
      failsWith(`fordela: okänd flagga "--x\\x1b[2J".\n${svHelp('fordela lint')}`),
    )
    expect(await runIn(['l\u202ent'])).toEqual(
      failsWith(`fordela: "l\\u202ent" är inget kommando i fordela. Menade du "lint"?\n${svHelp('fordela')}`),
    )
    expect(await runIn(['lint', '--format', '\u001b]0;x\u0007'])).toEqual(
      failsWith(
        `fordela: -f, --format <format>: "\\x1b]0;x\\x07" är inte tillåtet; välj ett av stylish, json, sarif, github eller junit.\n${svHelp('fordela lint')}`,
      ),
    )
  })

  it('keeps a quote or a made-up guess inside what was typed', async () => {
    // The flag itself ends in text that looks like Commander's guess; it is all one flag, shown on one line.
    expect(await runIn(['lint', "--x'\n(Did you mean --format?)"])).toEqual(
      failsWith(`fordela: okänd flagga "--x'\\n(Did you mean --format?)".\n${svHelp('fordela lint')}`),
    )
  })

  it("escapes them in fordela's own usage errors too", async () => {
    expect(await runIn(['lint', '--max-warnings', '\u001b[31m'])).toEqual(
      failsWith('fordela: "\\x1b[31m" är inget heltal ≥ 0\n'),
    )
    expect(await runIn(['studio', '--port', '\u009b2J', '--lang', 'en'])).toEqual(
      failsWith('fordela: "\\x9b2J" is not a port (0–65535)\n'),
    )
    expect(await runIn(['render', 'memo\u001b[2J.yaml'])).toEqual(
      failsWith('fordela: memo\\x1b[2J.yaml: filen finns inte.\n'),
    )
  })
})

describe('describeUsageError', () => {
  /** The error a small Commander program raises for `argv`, thrown by its exit hook. */
  function raise(program: Command, argv: readonly string[]): CommanderError {
    program.exitOverride().configureOutput({ outputError: () => {} })
    try {
      program.parse([...argv], { from: 'user' })
    } catch (error) {
      if (error instanceof CommanderError) return error
      throw error
    }
    throw new Error('no error')
  }

  it("says a code fordela does not read with Commander's words and still points to the help", () => {
    // A conflict, which no fordela command has: its code is one fordela does not read.
    const program = new Command('fordela').option('--a').addOption(new Option('--c').conflicts('a'))
    const error = raise(program, ['--a', '--c'])
    expect(error.code).toBe('commander.conflictingOption')
    expect(describeUsageError(error, program, 'sv')).toBe(
      "fordela: fel i kommandoraden: option '--c' cannot be used with option '--a'\nSkriv fordela --help för hjälp.\n",
    )
    expect(describeUsageError(error, program, 'en')).toBe(
      "fordela: error in the command line: option '--c' cannot be used with option '--a'\nType fordela --help --lang en for help.\n",
    )
  })

  it('escapes control characters and line breaks in those words', () => {
    const error = new CommanderError(1, 'commander.error', 'error: bad \u001b[2J\nvalue')
    expect(describeUsageError(error, new Command('fordela'), 'sv')).toBe(
      'fordela: fel i kommandoraden: bad \\x1b[2J\\nvalue\nSkriv fordela --help för hjälp.\n',
    )
  })
})
