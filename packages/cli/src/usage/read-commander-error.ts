/**
 * A usage mistake Commander reported, as parts: which option, command or
 * value, and Commander's own "did you mean" guesses. Commander gives each
 * mistake a stable code but its details only inside an English sentence,
 * so each code has the one pattern its sentence follows (Commander 14).
 */
export type CommanderMistake =
  | { readonly code: 'commander.unknownOption'; readonly option: string; readonly suggestions: readonly string[] }
  | { readonly code: 'commander.unknownCommand'; readonly name: string; readonly suggestions: readonly string[] }
  | { readonly code: 'commander.missingArgument'; readonly name: string }
  | { readonly code: 'commander.optionMissingArgument'; readonly option: string }
  | { readonly code: 'commander.excessArguments'; readonly expected: number; readonly got: number }
  | {
      readonly code: 'commander.invalidArgument'
      readonly option: string
      readonly value: string
      readonly allowed: readonly string[]
    }

/** The codes {@link readCommanderError} reads: every usage mistake Commander can report for fordela. */
export type ReadCode = CommanderMistake['code']

// A user's text sits between the first quote and the last one Commander writes:
// the patterns are anchored and greedy, so a quote or a "(Did you mean" inside
// what was typed stays part of it. The guesses come last and never hold a quote.
const guesses = String.raw`(?:\n\(Did you mean (?:one of )?(?<guesses>.*)\?\))?`
const patterns: Readonly<Record<ReadCode, RegExp>> = {
  'commander.unknownOption': new RegExp(`^error: unknown option '(?<given>.*)'${guesses}$`, 's'),
  'commander.unknownCommand': new RegExp(`^error: unknown command '(?<given>.*)'${guesses}$`, 's'),
  'commander.missingArgument': /^error: missing required argument '(?<name>.*)'$/s,
  'commander.optionMissingArgument': /^error: option '(?<flags>.*)' argument missing$/s,
  'commander.excessArguments':
    /^error: too many arguments(?: for '.*')?\. Expected (?<expected>\d+) arguments? but got (?<got>\d+)\.$/s,
  'commander.invalidArgument':
    /^error: option '(?<flags>[^']*)' argument '(?<value>.*)' is invalid\. Allowed choices are (?<allowed>.*)\.$/s,
}

/** Whether fordela knows how to read a Commander code's message. */
export function isReadCode(code: string): code is ReadCode {
  return Object.hasOwn(patterns, code)
}

/** Every code {@link readCommanderError} reads. */
export const readCodes = Object.keys(patterns) as readonly ReadCode[]

/**
 * The parts of Commander's message for `code`, or undefined when the code
 * is not one fordela reads or the message does not follow its pattern (a
 * Commander that words it otherwise, a choice list from a custom parser).
 */
export function readCommanderError(code: string, message: string): CommanderMistake | undefined {
  if (!isReadCode(code)) return undefined
  const parts = patterns[code].exec(message)?.groups
  if (!parts) return undefined
  switch (code) {
    case 'commander.unknownOption':
      return { code, option: parts['given'] ?? '', suggestions: splitList(parts['guesses']) }
    case 'commander.unknownCommand':
      return { code, name: parts['given'] ?? '', suggestions: splitList(parts['guesses']) }
    case 'commander.missingArgument':
      return { code, name: parts['name'] ?? '' }
    case 'commander.optionMissingArgument':
      return { code, option: parts['flags'] ?? '' }
    case 'commander.excessArguments':
      return { code, expected: Number(parts['expected']), got: Number(parts['got']) }
    case 'commander.invalidArgument':
      return { code, option: parts['flags'] ?? '', value: parts['value'] ?? '', allowed: splitList(parts['allowed']) }
  }
}

/** Commander's lists: `a, b, c`. */
function splitList(list: string | undefined): string[] {
  return list === undefined ? [] : list.split(', ')
}
