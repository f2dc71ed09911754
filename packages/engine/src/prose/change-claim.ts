import { parseClaimPhrase, type ClaimPhrase } from '@fordela/parser'

/** What a phrase such as "en ökning på drygt 10 miljoner" claims about a change from the previous year. */
export interface ChangeClaim {
  /** `up` for an increase, `down` for a decrease, `none` for "oförändrat". */
  readonly direction: 'up' | 'down' | 'none'
  /** The size of the change; absent for `none`. */
  readonly size?: ClaimPhrase
  /** The year in "jämfört med 2024", when written. */
  readonly year?: number
}

const UP = new Set(['ökning', 'höjning'])
const DOWN = new Set(['minskning', 'sänkning'])
const NOUN = /^(?:en )?(ökning|höjning|minskning|sänkning) (?:på|med) (.+)$/u
const VERB = /^(ökar|höjs|minskar|sänks) med (.+)$/u
const TRAILING = /^(.+) (mer|mindre|högre|lägre)$/u
const COMPARED = / jämfört med (\d{4})$/u

/**
 * Reads a year-over-year claim: "en ökning på drygt 10 miljoner", "ökning
 * med 500 000 kr", "minskar med knappt 2 miljoner", "drygt 10 miljoner mer",
 * "3 miljoner kronor mindre", "oförändrat"; each may end with "jämfört med
 * <år>", which must then be the previous allocation's year. The size is an
 * amount claim with its band (see `parseClaimPhrase`).
 *
 * @returns undefined when the text is no such phrase.
 */
export function parseChangeClaim(text: string): ChangeClaim | undefined {
  let normalised = text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .toLowerCase()
  const compared = COMPARED.exec(normalised)
  const year = compared ? { year: Number(compared[1]) } : {}
  if (compared) normalised = normalised.slice(0, compared.index)
  if (normalised === 'oförändrat' || normalised === 'oförändrad' || normalised === 'lika mycket')
    return { direction: 'none', ...year }
  const noun = NOUN.exec(normalised)
  const verb = noun ? undefined : VERB.exec(normalised)
  const trailing = noun || verb ? undefined : TRAILING.exec(normalised)
  const [word, amount] = noun
    ? [noun[1], noun[2]]
    : verb
      ? [verb[1], verb[2]]
      : trailing
        ? [trailing[2], trailing[1]]
        : []
  if (word === undefined || amount === undefined) return undefined
  const size = parseClaimPhrase(amount)
  if (!size) return undefined
  const up = UP.has(word) || word === 'ökar' || word === 'höjs' || word === 'mer' || word === 'högre'
  const down = DOWN.has(word) || word === 'minskar' || word === 'sänks' || word === 'mindre' || word === 'lägre'
  return up || down ? { direction: up ? 'up' : 'down', size, ...year } : undefined
}
