import { joinWords, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'

/**
 * A finding's "did you mean" as a sentence: `Menade du "region"?`, or with
 * several `Menade du "a", "b" eller "c"?`; empty when there are none. Every
 * format shows it, not only JSON.
 */
export function describeSuggestions(suggestions: readonly string[] | undefined, lang: Language): string {
  if (!suggestions || suggestions.length === 0) return ''
  const quoted = suggestions.map((suggestion) => `"${suggestion}"`)
  return say(lang, messages.cli.didYouMeanAny, { choices: joinWords(quoted, say(lang, messages.cli.or)) })
}
