import { defineMessages } from './define-messages.js'

type Command = { command: string }

/**
 * Mistakes in how `fordela` was called that Commander finds while it reads
 * the command line (an unknown option or command, a missing or surplus
 * argument, a value outside an option's choices), said in the language of
 * the help. Every text that echoes what the user typed gets it with its
 * control characters shown, never as they were typed.
 */
export const cliUsageMessages = defineMessages({
  unknownOption: {
    sv: (a: { option: string }) => `okänd flagga "${a.option}".`,
    en: (a: { option: string }) => `unknown option "${a.option}".`,
  },
  unknownCommand: {
    sv: (a: Command & { name: string }) => `"${a.name}" är inget kommando i ${a.command}.`,
    en: (a: Command & { name: string }) => `"${a.name}" is not a ${a.command} command.`,
  },
  missingArgument: {
    sv: (a: { name: string }) => `argumentet <${a.name}> saknas.`,
    en: (a: { name: string }) => `the argument <${a.name}> is missing.`,
  },
  optionMissingValue: {
    sv: (a: { option: string }) => `${a.option}: värdet saknas.`,
    en: (a: { option: string }) => `${a.option}: the value is missing.`,
  },
  tooManyArguments: {
    sv: (a: Command & { expected: number; got: number }) =>
      `för många argument: ${a.command} tar ${a.expected === 0 ? 'inga argument' : `${a.expected} argument`} men fick ${a.got}.`,
    en: (a: Command & { expected: number; got: number }) =>
      `too many arguments: ${a.command} takes ${a.expected === 0 ? 'no arguments' : `${a.expected} ${a.expected === 1 ? 'argument' : 'arguments'}`} but got ${a.got}.`,
  },
  notAChoice: {
    sv: (a: { option: string; value: string; allowed: string }) =>
      `${a.option}: "${a.value}" är inte tillåtet; välj ett av ${a.allowed}.`,
    en: (a: { option: string; value: string; allowed: string }) =>
      `${a.option}: "${a.value}" is not allowed; choose one of ${a.allowed}.`,
  },
  /** A mistake Commander reports in a way fordela does not know yet: its own words, shown safely. */
  otherMistake: {
    sv: (a: { detail: string }) => `fel i kommandoraden: ${a.detail}`,
    en: (a: { detail: string }) => `error in the command line: ${a.detail}`,
  },
  seeHelp: {
    sv: (a: Command) => `Skriv ${a.command} --help för hjälp.`,
    en: (a: Command) => `Type ${a.command} --help --lang en for help.`,
  },
})
