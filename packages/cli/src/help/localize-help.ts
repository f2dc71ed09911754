import type { Argument, Command, HelpConfiguration, Option } from 'commander'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'

/**
 * Makes Commander's own words of `program`'s help speak `lang`: the
 * headings, the `(choices: …, default: …)` after an option, and the help
 * and version options. Call it before adding commands: they inherit it.
 */
export function localizeHelp(program: Command, lang: Language): Command {
  const words = messages.cliHelp
  const titles: Readonly<Record<string, string>> = {
    'Usage:': say(lang, words.usage),
    'Arguments:': say(lang, words.arguments),
    'Options:': say(lang, words.options),
    'Commands:': say(lang, words.commands),
  }
  const configuration: HelpConfiguration = {
    styleTitle: (title) => titles[title] ?? title,
    optionDescription: (option) => describe(option.description, listExtras(option, showsDefault(option), lang)),
    argumentDescription: (argument) => describe(argument.description, listExtras(argument, true, lang)),
  }
  return program
    .configureHelp(configuration)
    .helpOption('-h, --help', say(lang, words.helpOption))
    .helpCommand('help [command]', say(lang, words.helpCommand))
}

/** Commander's rule: a default is shown for an option that takes a value (or a boolean default). */
function showsDefault(option: Option): boolean {
  return option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')
}

/** `val: "text", "json"` and `standard: "text"`, as Commander lists them. */
function listExtras(item: Option | Argument, withDefault: boolean, lang: Language): string[] {
  const extras: string[] = []
  if (item.argChoices)
    extras.push(
      say(lang, messages.cliHelp.choices, { list: item.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }),
    )
  if (withDefault && item.defaultValue !== undefined) {
    extras.push(
      say(lang, messages.cliHelp.defaultValue, {
        value: item.defaultValueDescription || JSON.stringify(item.defaultValue),
      }),
    )
  }
  return extras
}

/** The description with its extras in brackets, as Commander writes it. */
function describe(description: string, extras: readonly string[]): string {
  if (extras.length === 0) return description
  return description ? `${description} (${extras.join(', ')})` : `(${extras.join(', ')})`
}
