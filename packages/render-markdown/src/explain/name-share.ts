import type { Language, Rational } from '@fordela/parser'
import { messages, say } from '../messages/index.js'

/** The words a share is named with in one language: numerators, part nouns by denominator, and their plural. */
interface ShareWords {
  readonly numerators: readonly string[]
  readonly parts: Readonly<Record<number, string>>
  readonly plural: (part: string) => string
}

const SHARE_WORDS: Readonly<Record<Language, ShareWords>> = {
  sv: {
    numerators: ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'],
    // Ordinal stems of the Swedish fraction words: tredje-del, fjärde-del …
    parts: {
      3: 'tredjedel',
      4: 'fjärdedel',
      5: 'femtedel',
      6: 'sjättedel',
      7: 'sjundedel',
      8: 'åttondel',
      9: 'niondel',
      10: 'tiondel',
    },
    plural: (part) => `${part}ar`,
  },
  en: {
    numerators: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    parts: { 3: 'third', 4: 'quarter', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth', 9: 'ninth', 10: 'tenth' },
    plural: (part) => `${part}s`,
  },
}

/**
 * A share in words, as an official would say it: "hälften", "en tredjedel",
 * "två femtedelar" ("half", "one third", "two fifths"); the whole is "hela"
 * ("all"). A share without a common word is written as its fraction, "7/20".
 */
export function nameShare(share: Rational, lang: Language): string {
  if (share.num === share.den) return say(lang, messages.explain.whole)
  if (share.num === 1n && share.den === 2n) return say(lang, messages.explain.half)
  const den = Number(share.den)
  const num = Number(share.num)
  const words = SHARE_WORDS[lang]
  const part = words.parts[den]
  const numerator = words.numerators[num]
  if (part === undefined || numerator === undefined || num < 1) return share.toString()
  if (num === 1) return `${numerator} ${part}`
  return `${numerator} ${words.plural(part)}`
}
