import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { silentCodes } from './catch-usage-errors.js'
import { readCodes, readCommanderError } from './read-commander-error.js'

/** Every error code in the installed Commander's sources (`'commander.unknownOption'`, …). */
function listCommanderCodes(): string[] {
  const lib = join(dirname(createRequire(import.meta.url).resolve('commander')), 'lib')
  const sources = readdirSync(lib).map((file) => readFileSync(join(lib, file), 'utf8'))
  return [
    ...new Set(
      sources.flatMap((source) => [...source.matchAll(/'(commander\.\w+)'/g)].flatMap((match) => match[1] ?? [])),
    ),
  ]
}

/** The CLI's sources that call Commander: the only places that can make it raise a code. */
function readCommanderUsers(): string {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..')
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(join(src, file), 'utf8'))
    .filter((source) => /from 'commander'/.test(source))
    .join('\n')
}

/**
 * Codes Commander has that fordela's commands cannot raise, with the calls
 * that would let them: a code here must get a sentence of its own (and a
 * pattern in read-commander-error.ts) before one of those calls is made.
 */
const notRaised: Readonly<Record<string, RegExp>> = {
  'commander.conflictingOption': /\.conflicts\(/,
  'commander.missingMandatoryOptionValue': /\.requiredOption\(|\.makeOptionMandatory\(/,
  'commander.error': /\.error\(/,
}

describe("Commander's error codes", () => {
  it('are each read into a sentence of their own, silent, or not raisable by fordela', () => {
    // Both ways: a new code in Commander fails here until it is placed, and so does one it dropped.
    const placed = [...readCodes, ...silentCodes, ...Object.keys(notRaised)]
    expect(listCommanderCodes().sort()).toEqual(placed.sort())
  })

  it('that fordela does not read are not raisable: no command makes the calls that raise them', () => {
    const sources = readCommanderUsers()
    expect(sources).toContain('.exitOverride(') // the scan reads the files that build the commands
    for (const [code, calls] of Object.entries(notRaised)) expect(sources, code).not.toMatch(calls)
    // The option-argument variant is the only commander.invalidArgument fordela reads: no option
    // or argument has a parser that could throw Commander's InvalidArgumentError, nor an env variable.
    expect(sources).not.toMatch(/InvalidArgumentError|\.env\(|\.argParser\(|new Argument\(/)
  })
})

describe('readCommanderError', () => {
  it('is undefined for a code it does not read, and for a message its pattern does not fit', () => {
    expect(
      readCommanderError('commander.conflictingOption', "error: option '--a' cannot be used with option '--b'"),
    ).toBe(undefined)
    // An InvalidArgumentError of a parser of its own, not Commander's choices.
    expect(
      readCommanderError('commander.invalidArgument', "error: option '--n <n>' argument 'x' is invalid. Not a number."),
    ).toBe(undefined)
  })

  it("reads a value holding quotes and Commander's own phrases as the user's", () => {
    expect(
      readCommanderError(
        'commander.invalidArgument',
        "error: option '--lang <lang>' argument 'x' is invalid. Allowed choices are y' is invalid. Allowed choices are sv, en.",
      ),
    ).toEqual({
      code: 'commander.invalidArgument',
      option: '--lang <lang>',
      value: "x' is invalid. Allowed choices are y",
      allowed: ['sv', 'en'],
    })
  })
})
