import type { Language, LocalizedText, RuleArgs, Template } from '@fordela/parser'
import { say } from '../messages/index.js'

/**
 * A message in `lang`, or, when no language was chosen (the Action without
 * its `lang` input), in Swedish and English: "✔ stämmer / up to date".
 */
export function sayInBoth(lang: Language | undefined, message: LocalizedText): string
export function sayInBoth<A extends RuleArgs>(lang: Language | undefined, message: Template<A>, args: A): string
export function sayInBoth(
  lang: Language | undefined,
  message: LocalizedText | Template<RuleArgs>,
  args?: RuleArgs,
): string {
  const inOne = (language: Language) =>
    typeof message[language] === 'string'
      ? (message as LocalizedText)[language]
      : say(language, message as Template<RuleArgs>, args ?? {})
  return lang ? inOne(lang) : `${inOne('sv')} / ${inOne('en')}`
}
