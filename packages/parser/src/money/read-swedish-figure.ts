import { Decimal } from 'decimal.js'
import { formatKronor } from './format-kronor.js'
import { Rational } from './rational.js'

/** Why a figure's separators cannot be read one way only. */
export type AmbiguousFigureForm = 'dot' | 'comma' | 'grouping'

/** What {@link readSwedishFigure} made of a text. */
export type FigureReading =
  | {
      readonly kind: 'figure'
      readonly negative: boolean
      /** The exact value without its sign, multiplier applied (may have öre). */
      readonly magnitude: Rational
      /** 1 000, 10^6 or 10^9 when a unit word or abbreviation scales the number. */
      readonly multiplier: bigint | undefined
      /** Digits after the decimal comma. */
      readonly fractionDigits: number
      /** Whether the number was a word (`en miljon`). */
      readonly spelled: boolean
    }
  | {
      readonly kind: 'ambiguous'
      readonly form: AmbiguousFigureForm
      /** The likely intended figure, written unambiguously, or '' when there is no single guess. */
      readonly suggestion: string
    }
  | { readonly kind: 'unrecognised' }

const THOUSAND = 1000n
const MILLION = 1_000_000n
const BILLION = 1_000_000_000n

/** Unit words and abbreviations that scale the number; the words may be followed by kr/kronor. */
const MULTIPLIERS: ReadonlyMap<string, { readonly factor: bigint; readonly word: boolean }> = new Map([
  ['tkr', { factor: THOUSAND, word: false }],
  ['tusen', { factor: THOUSAND, word: true }],
  ['mnkr', { factor: MILLION, word: false }],
  ['mkr', { factor: MILLION, word: false }],
  ['milj', { factor: MILLION, word: true }],
  ['milj.', { factor: MILLION, word: true }],
  ['miljon', { factor: MILLION, word: true }],
  ['miljoner', { factor: MILLION, word: true }],
  ['mdkr', { factor: BILLION, word: false }],
  ['miljard', { factor: BILLION, word: true }],
  ['miljarder', { factor: BILLION, word: true }],
])

/** Number words one to ten; only together with a multiplier ("en miljon", "två miljarder"). */
const NUMBER_WORDS: ReadonlyMap<string, bigint> = new Map([
  ['en', 1n],
  ['ett', 1n],
  ['två', 2n],
  ['tre', 3n],
  ['fyra', 4n],
  ['fem', 5n],
  ['sex', 6n],
  ['sju', 7n],
  ['åtta', 8n],
  ['nio', 9n],
  ['tio', 10n],
])

const FIGURE =
  /^(?<sign>[-\u2212]?) *(?:(?<digits>\d(?:[\d., ]*\d)?) *|(?<word>[a-zåäö]+) +)(?<unit>[a-zåäö.]+)?(?: +(?<currency>kronor|kr))?$/

/**
 * Reads a Swedish-written figure: digits in groups of three separated by a
 * space (also no-break, narrow no-break or thin space), an optional decimal
 * comma, and an optional unit: `kr`/`kronor`, or a multiplier (`tkr`, `tusen`,
 * `mnkr`, `mkr`, `milj.`, `miljon(er)`, `mdkr`, `miljard(er)`), the words
 * optionally followed by `kr`/`kronor`. A number word (`en` … `tio`) needs a
 * multiplier. A dot, a comma used as a thousands separator, or groups not of
 * three digits make the figure ambiguous. Letter case does not matter.
 */
export function readSwedishFigure(text: string): FigureReading {
  const normalised = text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .trim()
    .toLowerCase()
  const groups = FIGURE.exec(normalised)?.groups
  if (!groups) return { kind: 'unrecognised' }
  const { sign, digits, word, unit, currency } = groups
  const multiplier = unit === undefined ? undefined : MULTIPLIERS.get(unit)
  const currencyOnly = unit === 'kr' || unit === 'kronor'
  if (unit !== undefined && !multiplier && !currencyOnly) return { kind: 'unrecognised' }
  if (currency !== undefined && !multiplier?.word) return { kind: 'unrecognised' }
  const factor = multiplier?.factor
  const negative = sign !== ''
  if (word !== undefined) {
    const value = NUMBER_WORDS.get(word)
    if (value === undefined || factor === undefined) return { kind: 'unrecognised' }
    return {
      kind: 'figure',
      negative,
      magnitude: Rational.of(value * factor),
      multiplier: factor,
      fractionDigits: 0,
      spelled: true,
    }
  }
  return readDigits(digits ?? '', factor, negative, unit === undefined || currencyOnly ? '' : ` ${unit}`)
}

function readDigits(raw: string, factor: bigint | undefined, negative: boolean, unitSuffix: string): FigureReading {
  const suggest = (digits: string, fraction = ''): string =>
    `${formatKronor(new Decimal(digits), { unit: 'none', space: 'plain' })}${fraction ? `,${fraction}` : ''}${unitSuffix}`
  if (raw.includes('.')) {
    if (factor !== undefined && /^\d+\.\d+$/.test(raw)) return ambiguous('dot', `${raw.replace('.', ',')}${unitSuffix}`)
    return ambiguous('dot', /^\d{1,3}(\.\d{3})+$/.test(raw) ? suggest(raw.replaceAll('.', '')) : '')
  }
  const commaParts = raw.split(',')
  if (commaParts.length > 2) {
    return ambiguous('comma', /^\d{1,3}(,\d{3})+$/.test(raw) ? suggest(raw.replaceAll(',', '')) : '')
  }
  const [whole = '', fraction = ''] = commaParts
  if (fraction.includes(' ')) return { kind: 'unrecognised' }
  // "1,500" reads as 1 500 to anyone used to English figures; with a unit ("1,500 mnkr") the comma is decimal.
  if (factor === undefined && /^\d{1,3}$/.test(whole) && /^\d{3}$/.test(fraction)) {
    return ambiguous('comma', suggest(whole + fraction))
  }
  const wholeDigits = whole.replaceAll(' ', '')
  if (!/^\d{1,3}( \d{3})*$/.test(whole) && whole !== wholeDigits) {
    return ambiguous('grouping', suggest(wholeDigits, fraction))
  }
  const scale = 10n ** BigInt(fraction.length)
  const magnitude = Rational.of(BigInt(wholeDigits + fraction) * (factor ?? 1n), scale)
  return { kind: 'figure', negative, magnitude, multiplier: factor, fractionDigits: fraction.length, spelled: false }
}

function ambiguous(form: AmbiguousFigureForm, suggestion: string): FigureReading {
  return { kind: 'ambiguous', form, suggestion }
}
