import type { Language, RuleArgs, Template } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'

/** Every text of the interface, Swedish first: the catalogue's studio group. */
const texts = messages.studio

/** A key of the interface texts. */
export type TextKey = keyof typeof texts

let current: Language = 'sv'

/** The language the interface speaks now. */
export function currentLanguage(): Language {
  return current
}

/** Switches the interface language (the caller re-renders). */
export function setLanguage(lang: Language): void {
  current = lang
}

/** An interface text in the current language, a template filled with `values`. */
export function t(key: TextKey, values: RuleArgs = {}): string {
  // Each key's own argument type is lost in a lookup by any key; the catalogue test checks the arguments.
  return say(current, texts[key] as Template<RuleArgs>, values)
}

/** Whether a string names an interface text (for `data-text` attributes). */
export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(texts, key)
}
