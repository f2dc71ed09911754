import { joinWords, type Language } from '@fordela/parser'

/**
 * A finding's "did you mean" as a sentence: `Menade du "region"?`, or with
 * several `Menade du "a", "b" eller "c"?`; empty when there are none. Every
 * format shows it, not only JSON.
 */
export function describeSuggestions(suggestions: readonly string[] | undefined, lang: Language): string {
  if (!suggestions || suggestions.length === 0) return ''
  const quoted = suggestions.map((suggestion) => `"${suggestion}"`)
  return lang === 'sv' ? `Menade du ${joinWords(quoted, 'eller')}?` : `Did you mean ${joinWords(quoted, 'or')}?`
}
