import type { Language, LocalizedText, RuleArgs, Template } from '@fordela/parser'

/** A user-facing text in Swedish and English: fixed words, or a template filled with arguments. */
export type Message = LocalizedText | Template<never>

/** A group of messages by key, as one catalogue file declares them. */
export type MessageGroup = Readonly<Record<string, Message>>

/**
 * Declares a group of messages; the identity function that keeps each
 * template's argument type, like `defineRule` does for the rule catalogue.
 */
export function defineMessages<const T extends Record<string, Message>>(group: T): T {
  return group
}

/** A message's text in `lang`. */
export function say(lang: Language, message: LocalizedText): string
/** A template's text in `lang`, filled with `args`. */
export function say<A extends RuleArgs>(lang: Language, message: Template<A>, args: A): string
export function say(lang: Language, message: LocalizedText | Template<RuleArgs>, args?: RuleArgs): string {
  const entry = message[lang]
  return typeof entry === 'string' ? entry : entry(args ?? {})
}

/**
 * A template filled in both languages at once, for a text that is chosen
 * later (a config problem, shown in the language the run settles on).
 */
export function sayBoth<A extends RuleArgs>(message: Template<A>, args: A): LocalizedText {
  return { sv: message.sv(args), en: message.en(args) }
}
