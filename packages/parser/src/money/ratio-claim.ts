import { DIRECTION_WORDS, type ClaimDirection } from './claim-phrase.js'
import { Rational } from './rational.js'

/**
 * What a phrase such as "cirka 1:2", "ungefär hälften" or "drygt en
 * tredjedel" claims about the ratio of two amounts, left / right.
 */
export interface RatioClaim {
  readonly direction: ClaimDirection
  /** `ratio` for "a:b", `share` for words ("hälften", "två tredjedelar", "dubbelt så mycket"). */
  readonly form: 'ratio' | 'share'
  /** The ratio the words name: 1/2 for "hälften" and for "1:2" (for "a:0", a marker: only `parts` are compared). */
  readonly figure: Rational
  /** For "a:b", the two numbers as written, so that an exact "a:0" compares cross products. */
  readonly parts?: readonly [bigint, bigint]
  readonly low: Rational
  readonly high: Rational
  readonly lowInclusive: boolean
  readonly highInclusive: boolean
}

/** How far an approximate ratio may stray from its figure, relative to it: a tenth. */
export const RATIO_BAND = Rational.of(1, 10)

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['en', 1],
  ['ett', 1],
  ['två', 2],
  ['tre', 3],
  ['fyra', 4],
  ['fem', 5],
  ['sex', 6],
  ['sju', 7],
  ['åtta', 8],
  ['nio', 9],
  ['tio', 10],
])

/** The part words: "tredjedel" is a third; plural with -ar. */
const PART_WORDS: ReadonlyMap<string, number> = new Map([
  ['tredjedel', 3],
  ['fjärdedel', 4],
  ['femtedel', 5],
  ['sjättedel', 6],
  ['sjundedel', 7],
  ['åttondel', 8],
  ['niondel', 9],
  ['tiondel', 10],
])

const RATIO = /^(\d{1,9}) *: *(\d{1,9})$/
const PART = /^(\p{L}+) (\p{L}+?)(ar)?$/u
const TIMES = /^(\p{L}+|\d{1,9}) gånger så mycket$/u
const LEADING_WORDS = /^(?<words>strax (?:över|under)|[a-zåäö.:]+) +(?<rest>.+)$/u

/**
 * Reads a ratio claim: an optional direction word (those of amount claims:
 * "drygt", "knappt", "cirka", "ungefär" …), then either `a:b` with whole
 * numbers, or a share in words: "hälften", "halva", "en tredjedel", "två
 * tredjedelar", "tre fjärdedelar" (one to nine of thirds to tenths),
 * "lika mycket", "dubbelt så mycket", "hälften så mycket", "tre gånger så
 * mycket".
 *
 * Bands, for the named ratio f and the actual ratio q = left / right:
 * exact q = f; near (cirka, ungefär) f − f/10 ≤ q ≤ f + f/10; above (drygt)
 * f < q ≤ f + f/10; below (knappt) f − f/10 ≤ q < f. So "ungefär hälften"
 * holds from 45 % to 55 %, "drygt en tredjedel" above 33,3… % up to 36,6… %.
 *
 * @returns undefined when the text is no such phrase.
 */
export function parseRatioClaim(text: string): RatioClaim | undefined {
  const normalised = text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .toLowerCase()
  const groups = LEADING_WORDS.exec(normalised)?.groups
  const named = groups?.['words'] === undefined ? undefined : DIRECTION_WORDS.get(groups['words'])
  const direction = named ?? 'exact'
  const rest = named === undefined ? normalised : (groups?.['rest'] ?? '')
  const read = readRatio(rest)
  // "a:0" is only an exact claim; an approximate one has no band.
  if (!read || (direction !== 'exact' && read.parts?.[1] === 0n)) return undefined
  return { direction, ...read, ...bandOf(direction, read.figure) }
}

/** Whether left : right lies in the claim's band; an exact "a:b" compares cross products, so a zero side is fine. */
export function ratioClaimHolds(claim: RatioClaim, left: Rational, right: Rational): boolean {
  if (claim.direction === 'exact') {
    const [a, b] = claim.parts ?? [claim.figure.num, claim.figure.den]
    return left.mul(Rational.of(b)).equals(right.mul(Rational.of(a)))
  }
  if (right.isZero()) return false
  const q = left.div(right)
  const low = q.compare(claim.low)
  const high = q.compare(claim.high)
  return (claim.lowInclusive ? low >= 0 : low > 0) && (claim.highInclusive ? high <= 0 : high < 0)
}

/**
 * Wording a memo would use for left : right, in the claim's form: the
 * simplest share in words ("knappt hälften", "drygt en tredjedel", "två
 * tredjedelar") or ratio ("cirka 1:2") whose near band holds it; the exact
 * ratio in lowest terms when none does (or when right is 0).
 */
export function suggestRatioWording(left: Rational, right: Rational, form: RatioClaim['form']): string {
  if (right.isZero()) return left.isZero() ? '0:0' : '1:0'
  const q = left.div(right)
  for (const candidate of form === 'share' ? SHARE_CANDIDATES : RATIO_CANDIDATES) {
    const band = bandOf('near', candidate.figure)
    if (q.compare(band.low) < 0 || q.compare(band.high) > 0) continue
    const comparison = q.compare(candidate.figure)
    if (form === 'ratio') return comparison === 0 ? candidate.words : `cirka ${candidate.words}`
    return comparison === 0 ? candidate.words : `${comparison > 0 ? 'drygt' : 'knappt'} ${candidate.words}`
  }
  return `${q.num}:${q.den}`
}

function readRatio(text: string): Pick<RatioClaim, 'form' | 'figure' | 'parts'> | undefined {
  const ratio = RATIO.exec(text)
  if (ratio) {
    const [a, b] = [BigInt(ratio[1] ?? '0'), BigInt(ratio[2] ?? '0')]
    if (a === 0n && b === 0n) return undefined
    return { form: 'ratio', figure: b === 0n ? Rational.ONE : Rational.of(a, b), parts: [a, b] }
  }
  if (text === 'lika mycket') return { form: 'share', figure: Rational.ONE }
  if (text === 'hälften' || text === 'halva' || text === 'en halv') return { form: 'share', figure: Rational.of(1, 2) }
  if (text === 'dubbelt så mycket') return { form: 'share', figure: Rational.of(2) }
  if (text === 'hälften så mycket') return { form: 'share', figure: Rational.of(1, 2) }
  const times = TIMES.exec(text)
  if (times) {
    const count = NUMBER_WORDS.get(times[1] ?? '') ?? (/^\d+$/.test(times[1] ?? '') ? Number(times[1]) : undefined)
    return count && count >= 2 ? { form: 'share', figure: Rational.of(count) } : undefined
  }
  const part = PART.exec(text)
  if (!part) return undefined
  const count = NUMBER_WORDS.get(part[1] ?? '')
  const whole = PART_WORDS.get(part[2] ?? '')
  const plural = part[3] !== undefined
  if (count === undefined || whole === undefined || count >= whole || plural !== count > 1) return undefined
  return { form: 'share', figure: Rational.of(count, whole) }
}

function bandOf(
  direction: ClaimDirection,
  figure: Rational,
): Pick<RatioClaim, 'low' | 'high' | 'lowInclusive' | 'highInclusive'> {
  const spread = figure.mul(RATIO_BAND)
  const [low, high] =
    direction === 'above'
      ? [figure, figure.add(spread)]
      : direction === 'below'
        ? [figure.sub(spread), figure]
        : direction === 'near'
          ? [figure.sub(spread), figure.add(spread)]
          : [figure, figure]
  return { low, high, lowInclusive: direction !== 'above', highInclusive: direction !== 'below' }
}

interface Candidate {
  readonly figure: Rational
  readonly words: string
}

const DIGIT_WORDS = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio']
const PART_STEMS = [
  '',
  '',
  '',
  'tredjedel',
  'fjärdedel',
  'femtedel',
  'sjättedel',
  'sjundedel',
  'åttondel',
  'niondel',
  'tiondel',
]

/** Shares in words, simplest first: hälften, thirds, quarters … tenths, then dubbelt and n gånger så mycket. */
const SHARE_CANDIDATES: readonly Candidate[] = [
  { figure: Rational.of(1, 2), words: 'hälften' },
  ...[3, 4, 5, 6, 7, 8, 9, 10].flatMap((den) =>
    Array.from({ length: den - 1 }, (_, index) => index + 1)
      .filter((num) => gcd(num, den) === 1)
      .map((num) => ({
        figure: Rational.of(num, den),
        words: `${DIGIT_WORDS[num]} ${PART_STEMS[den]}${num > 1 ? 'ar' : ''}`,
      })),
  ),
  { figure: Rational.ONE, words: 'lika mycket' },
  { figure: Rational.of(2), words: 'dubbelt så mycket' },
  ...[3, 4, 5, 6, 7, 8, 9, 10].map((count) => ({
    figure: Rational.of(count),
    words: `${DIGIT_WORDS[count]} gånger så mycket`,
  })),
]

/** Ratios a:b of whole numbers up to 10, simplest (smallest a + b) first. */
const RATIO_CANDIDATES: readonly Candidate[] = Array.from({ length: 10 }, (_, i) => i + 1)
  .flatMap((a) => Array.from({ length: 10 }, (_, j) => ({ a, b: j + 1 })))
  .filter(({ a, b }) => gcd(a, b) === 1)
  .sort((x, y) => x.a + x.b - (y.a + y.b) || x.a - y.a)
  .map(({ a, b }) => ({ figure: Rational.of(a, b), words: `${a}:${b}` }))

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}
