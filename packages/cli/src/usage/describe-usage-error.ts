import type { Command, CommanderError } from 'commander'
import { joinWords, showControlCharacters, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { describeSuggestions } from '../formatters/describe-suggestions.js'
import { type CommanderMistake, readCommanderError } from './read-commander-error.js'

/**
 * What fordela says for a usage mistake Commander found in `command`: the
 * mistake (by its code, with the parts of Commander's message), Commander's
 * "did you mean" guesses, and where the command's help is, in `lang`. A
 * code or wording fordela does not know is said with Commander's own words.
 * Everything the user typed is shown with its control characters escaped.
 */
export function describeUsageError(error: CommanderError, command: Command, lang: Language): string {
  const path = nameCommand(command)
  const mistake = readCommanderError(error.code, error.message)
  const line = mistake
    ? sayMistake(mistake, path, lang)
    : say(lang, messages.cliUsage.otherMistake, {
        detail: showControlCharacters(error.message.replace(/^error: /, '')),
      })
  return `fordela: ${line}\n${say(lang, messages.cliUsage.seeHelp, { command: path })}\n`
}

/** One mistake as a sentence, with its guesses after it. */
function sayMistake(mistake: CommanderMistake, command: string, lang: Language): string {
  const words = messages.cliUsage
  const show = showControlCharacters
  switch (mistake.code) {
    case 'commander.unknownOption':
      return withGuesses(say(lang, words.unknownOption, { option: show(mistake.option) }), mistake.suggestions, lang)
    case 'commander.unknownCommand':
      return withGuesses(
        say(lang, words.unknownCommand, { command, name: show(mistake.name) }),
        mistake.suggestions,
        lang,
      )
    case 'commander.missingArgument':
      return say(lang, words.missingArgument, { name: show(mistake.name) })
    case 'commander.optionMissingArgument':
      return say(lang, words.optionMissingValue, { option: show(mistake.option) })
    case 'commander.excessArguments':
      return say(lang, words.tooManyArguments, { command, expected: mistake.expected, got: mistake.got })
    case 'commander.invalidArgument':
      return say(lang, words.notAChoice, {
        option: show(mistake.option),
        value: show(mistake.value),
        allowed: joinWords(mistake.allowed.map(show), say(lang, messages.cli.or)),
      })
  }
}

/** The sentence and, when Commander has guesses, `Menade du "--format"?`. */
function withGuesses(sentence: string, suggestions: readonly string[], lang: Language): string {
  const guesses = describeSuggestions(suggestions.map(showControlCharacters), lang)
  return guesses ? `${sentence} ${guesses}` : sentence
}

/** `fordela data import`: the command as the user calls it. */
function nameCommand(command: Command): string {
  const names: string[] = []
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name())
  return names.join(' ')
}
