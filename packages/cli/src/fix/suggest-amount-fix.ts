import { parseAmountLiteral, type YamlScalar } from '@fordela/parser'

/** Digits grouped by dots or commas, at least two separators: `1.500.000`, `1,500,000`, with an optional `kr`. */
const SEPARATED = /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})+)(\s*(?:kr|kronor))?$/
/** Groups of three after a first group that only lacks its separators: `7000 000`. */
const UNDER_GROUPED = /^(\d{4,}(?: \d{3})+)(\s*(?:kr|kronor))?$/
/** A YAML number in exponent form: `1.5e6`, `2E+6`. */
const EXPONENT = /^\+?(\d+)(?:\.(\d+))?[eE]([-+]?\d{1,3})$/

/**
 * The one mechanical fix of an ambiguous amount literal, written the way
 * fordela reads unambiguously — `"1 500 000"` in double quotes — or
 * undefined when the literal allows more than one reading. Fixed:
 * thousands written with two or more dots or commas (`1.500.000`: a
 * single one, `1.500`, could be a decimal), an exponent that comes out
 * whole (`1.5e6`), and digit groups that only lack their spaces
 * (`7000 000`). The replacement is checked with the parser's own amount
 * reader to give the same whole kronor the literal was meant to.
 */
export function suggestAmountFix(scalar: YamlScalar, file: string): string | undefined {
  const source = scalar.source.trim()
  const figure = readFigure(source)
  if (figure === undefined) return undefined
  const written = groupDigits(figure.digits) + figure.unit
  const replacement: YamlScalar = {
    type: 'scalar',
    value: written,
    source: written,
    style: 'double-quoted',
    span: scalar.span,
  }
  const parsed = parseAmountLiteral(replacement, file)
  return parsed.ok && parsed.value.toFixed() === figure.digits ? `"${written}"` : undefined
}

/** The whole kronor the literal unambiguously means, as plain digits, and its unit as written (" kr"). */
function readFigure(source: string): { readonly digits: string; readonly unit: string } | undefined {
  const separated = SEPARATED.exec(source)
  if (separated)
    return { digits: trimZeros((separated[1] ?? '').replace(/[.,]/g, '')), unit: normaliseUnit(separated[3]) }
  const grouped = UNDER_GROUPED.exec(source)
  if (grouped) return { digits: trimZeros((grouped[1] ?? '').replace(/ /g, '')), unit: normaliseUnit(grouped[2]) }
  const exponent = EXPONENT.exec(source)
  if (exponent) {
    const digits = expandExponent(exponent[1] ?? '', exponent[2] ?? '', Number(exponent[3]))
    return digits === undefined ? undefined : { digits, unit: '' }
  }
  return undefined
}

/** `1.5` × 10^6 as the digits "1500000", or undefined when it is not a whole number. */
function expandExponent(whole: string, fraction: string, exponent: number): string | undefined {
  const shift = exponent - fraction.length
  if (shift < 0) {
    const kept = (whole + fraction).slice(0, shift)
    const dropped = (whole + fraction).slice(shift)
    return /^0*$/.test(dropped) ? trimZeros(kept || '0') : undefined
  }
  return shift > 30 ? undefined : trimZeros(whole + fraction + '0'.repeat(shift))
}

function trimZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '')
}

/** "1500000" → "1 500 000". */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ' ')
}

function normaliseUnit(unit: string | undefined): string {
  return unit === undefined ? '' : ` ${unit.trim()}`
}
