import type { Language, Rational } from '@fordela/parser'

const SWEDISH_NUMERATORS = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'] as const
/** Ordinal stems of the Swedish fraction words: tredje-del, fjärde-del … */
const SWEDISH_PARTS: Readonly<Record<number, string>> = {
  3: 'tredjedel',
  4: 'fjärdedel',
  5: 'femtedel',
  6: 'sjättedel',
  7: 'sjundedel',
  8: 'åttondel',
  9: 'niondel',
  10: 'tiondel',
}

const ENGLISH_NUMERATORS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const
const ENGLISH_PARTS: Readonly<Record<number, string>> = {
  3: 'third',
  4: 'quarter',
  5: 'fifth',
  6: 'sixth',
  7: 'seventh',
  8: 'eighth',
  9: 'ninth',
  10: 'tenth',
}

/**
 * A share in words, as an official would say it: "hälften", "en tredjedel",
 * "två femtedelar" ("half", "one third", "two fifths"); the whole is "hela"
 * ("all"). A share without a common word is written as its fraction, "7/20".
 */
export function nameShare(share: Rational, lang: Language): string {
  if (share.num === share.den) return lang === 'sv' ? 'hela' : 'all'
  if (share.num === 1n && share.den === 2n) return lang === 'sv' ? 'hälften' : 'half'
  const den = Number(share.den)
  const num = Number(share.num)
  const numerators = lang === 'sv' ? SWEDISH_NUMERATORS : ENGLISH_NUMERATORS
  const part = (lang === 'sv' ? SWEDISH_PARTS : ENGLISH_PARTS)[den]
  const numerator = numerators[num]
  if (part === undefined || numerator === undefined || num < 1) return share.toString()
  if (num === 1) return `${numerator} ${part}`
  return lang === 'sv' ? `${numerator} ${part}ar` : `${numerator} ${part}s`
}
