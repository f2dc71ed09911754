import type { Rational } from '@fordela/parser'
import { formatPercent } from './format-percent.js'

/** Ordinal fraction words by denominator: singular and plural. */
const FRACTIONS: ReadonlyMap<bigint, readonly [string, string]> = new Map([
  [3n, ['tredjedel', 'tredjedelar']],
  [4n, ['fjärdedel', 'fjärdedelar']],
  [5n, ['femtedel', 'femtedelar']],
  [6n, ['sjättedel', 'sjättedelar']],
  [7n, ['sjundedel', 'sjundedelar']],
  [8n, ['åttondel', 'åttondelar']],
  [9n, ['niondel', 'niondelar']],
  [10n, ['tiondel', 'tiondelar']],
])

const NUMERALS = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio']

/**
 * Writes a share in Swedish words: 1/2 "hälften", 1/3 "en tredjedel", 2/3
 * "två tredjedelar", 3/4 "tre fjärdedelar", and so on for every proper
 * fraction with a denominator up to ten. Any other share is a percentage:
 * exact when it has at most two decimals ("25 %", "12,5 %"), otherwise
 * rounded half up to two ("9,09 %").
 *
 * @example formatShareInWords(Rational.of(1, 3)) // "en tredjedel"
 */
export function formatShareInWords(share: Rational): string {
  if (share.num === 1n && share.den === 2n) return 'hälften'
  const words = FRACTIONS.get(share.den)
  if (words && share.num > 0n && share.num < share.den) {
    return `${NUMERALS[Number(share.num)]} ${share.num === 1n ? words[0] : words[1]}`
  }
  return formatPercent(share)
}
