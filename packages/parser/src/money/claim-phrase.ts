import type { Decimal } from 'decimal.js'
import { Rational } from './rational.js'
import { readSwedishFigure } from './read-swedish-figure.js'

/** Which side of its figure an approximate phrase puts the value. */
export type ClaimDirection = 'above' | 'below' | 'near' | 'exact'

/** What a phrase such as "drygt 61 403 000 kronor" claims about a value. */
export interface ClaimPhrase {
  readonly direction: ClaimDirection
  /** The figure X as written, in kronor. */
  readonly figure: Decimal
  /** The width of the band, from how X is written. */
  readonly unit: Decimal
  readonly low: Decimal
  readonly high: Decimal
  readonly lowInclusive: boolean
  readonly highInclusive: boolean
  /** The phrase as given. */
  readonly text: string
}

/** The words that give a claim its direction, shared by amount and ratio claims. */
export const DIRECTION_WORDS: ReadonlyMap<string, ClaimDirection> = new Map([
  ['drygt', 'above'],
  ['dryga', 'above'],
  ['strax över', 'above'],
  ['knappt', 'below'],
  ['knappa', 'below'],
  ['strax under', 'below'],
  ['cirka', 'near'],
  ['ca', 'near'],
  ['ca.', 'near'],
  ['c:a', 'near'],
  ['ungefär', 'near'],
  ['omkring', 'near'],
])

const LEADING_WORDS = /^(?<words>strax (?:över|under)|[a-zåäö.:]+) +(?<figure>.+)$/

/**
 * Reads a Swedish approximate amount and the band of values it claims.
 *
 * Directions: "drygt X", "dryga X", "strax över X" claim a value above X;
 * "knappt X", "knappa X", "strax under X" below X; "cirka X", "ca X",
 * "ungefär X", "omkring X" near X; a bare "X" exactly X.
 *
 * X is digits in groups of three ("61 403 000", optionally followed by "kr" or
 * "kronor") or a number with a unit word or abbreviation ("20 miljoner",
 * "1,5 miljoner", "850 tusen", "en miljon", "två miljarder kronor"; number
 * words one to ten). The band unit is the place of X's last digit that
 * carries information:
 * - written in digits, the place value of the last non-zero digit:
 *   61 403 000 → 1 000; 33 500 000 → 100 000; 7 000 000 → 1 000 000 (0 → 1);
 * - written with a unit, that unit scaled to the last written decimal:
 *   20 miljoner → 1 000 000; 1,5 miljoner → 100 000; 850 tusen → 1 000.
 *
 * Bands: above X < v < X + unit; below X − unit < v < X; near
 * X − unit/2 ≤ v ≤ X + unit/2; exact v = X. So "drygt 61 403 000" means
 * 61 403 000 < v < 61 404 000, "drygt 20 miljoner" 20 000 000 < v < 21 000 000,
 * "knappt 2 miljoner" 1 000 000 < v < 2 000 000 and "7 miljoner" exactly 7 000 000.
 *
 * @returns undefined when the text is not such a phrase (unknown word, negative, ambiguous or öre figure)
 */
export function parseClaimPhrase(text: string): ClaimPhrase | undefined {
  const normalised = text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .trim()
    .toLowerCase()
  const groups = LEADING_WORDS.exec(normalised)?.groups
  const named = groups?.['words'] === undefined ? undefined : DIRECTION_WORDS.get(groups['words'])
  // Without a direction word the whole text is the figure ("7 miljoner", "en miljon").
  const direction = named ?? 'exact'
  const reading = readSwedishFigure(named === undefined ? normalised : (groups?.['figure'] ?? ''))
  if (reading.kind !== 'figure' || reading.negative || reading.magnitude.den !== 1n) return undefined
  if (reading.multiplier === undefined && reading.fractionDigits > 0) return undefined
  const figure = reading.magnitude
  const unit =
    reading.multiplier === undefined
      ? Rational.of(lastDigitPlace(figure.num))
      : Rational.of(reading.multiplier, 10n ** BigInt(reading.fractionDigits))
  const band = bandOf(direction, figure, unit)
  return { direction, figure: figure.toDecimal(), unit: unit.toDecimal(), ...band, text }
}

/** Whether `value` lies in the band `claim` states. */
export function claimHolds(claim: ClaimPhrase, value: Decimal): boolean {
  const aboveLow = claim.lowInclusive ? value.gte(claim.low) : value.gt(claim.low)
  const belowHigh = claim.highInclusive ? value.lte(claim.high) : value.lt(claim.high)
  return aboveLow && belowHigh
}

function bandOf(
  direction: ClaimDirection,
  figure: Rational,
  unit: Rational,
): Pick<ClaimPhrase, 'low' | 'high' | 'lowInclusive' | 'highInclusive'> {
  const half = unit.div(Rational.of(2))
  const [low, high] =
    direction === 'above'
      ? [figure, figure.add(unit)]
      : direction === 'below'
        ? [figure.sub(unit), figure]
        : direction === 'near'
          ? [figure.sub(half), figure.add(half)]
          : [figure, figure]
  const inclusive = direction === 'near' || direction === 'exact'
  // Bounds are whole kronor or halves, so toDecimal is exact.
  return { low: low.toDecimal(), high: high.toDecimal(), lowInclusive: inclusive, highInclusive: inclusive }
}

/** 10^k for the last non-zero digit of `value` (1 for 0). */
function lastDigitPlace(value: bigint): bigint {
  let place = 1n
  while (value !== 0n && value % 10n === 0n) {
    value /= 10n
    place *= 10n
  }
  return place
}
