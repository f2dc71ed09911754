import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { YamlScalar } from '../yaml/yaml-node.js'
import { exceedsShareDigits, maxShareDigits } from '../money/fraction-limits.js'
import { Rational } from '../money/rational.js'
import type { Parsed } from './parsed.js'

type ShareReading =
  | { readonly kind: 'value'; readonly value: Rational }
  | { readonly kind: 'zero-denominator' }
  | { readonly kind: 'ratio'; readonly parts: bigint; readonly of: bigint }
  | { readonly kind: 'invalid' }

const FRACTION = /^(-?)(\d+) *\/ *(\d+)$/
const RATIO = /^(\d+) *: *(\d+)$/
const PERCENT = /^(-?)(\d+(?:[.,]\d+)?) *%$/
const DECIMAL = /^(-?)(\d+(?:[.,]\d+)?)$/

/**
 * Reads a share — an exact fraction from 0 to 1 — from a YAML scalar.
 *
 * Accepted: a fraction `1/3`; a percentage `"25 %"`, `"12,5 %"` or `"12.5%"`;
 * a decimal `0.25` (a YAML float, read exactly from its source text, never
 * through the float) or `"0,25"`; and a whole number `0` or `1`. Spaces
 * (also no-break and thin spaces) may stand around `/` and before `%`.
 *
 * Rejected: a ratio `"1:2"` (`literal/share-ratio`: it reads as 1/3, one
 * part to two, in prose and as 1/2 on a map scale, so the fraction must be
 * written), a zero denominator (`literal/share-zero-denominator`), a value
 * below 0 or above 1 (`literal/share-out-of-range`), and anything else,
 * including exponent forms, `.inf`, booleans and null (`literal/invalid-share`),
 * and a share written with a run of more than `maxShareDigits` (20) digits
 * (`literal/share-too-precise`), checked before any digit is read.
 * The diagnostic covers the whole scalar.
 */
export function parseShareLiteral(node: YamlScalar, file: string): Parsed<Rational> {
  const at = { file, span: node.span }
  const literal = node.source
  if (exceedsShareDigits(literal)) {
    return {
      ok: false,
      diagnostic: createDiagnostic('literal/share-too-precise', { literal, limit: maxShareDigits }, at),
    }
  }
  const reading = readShare(node)
  if (reading.kind === 'invalid') {
    return { ok: false, diagnostic: createDiagnostic('literal/invalid-share', { literal }, at) }
  }
  if (reading.kind === 'ratio') {
    const args = { literal, parts: reading.parts.toString(), of: reading.of.toString() }
    return { ok: false, diagnostic: createDiagnostic('literal/share-ratio', args, at) }
  }
  if (reading.kind === 'zero-denominator') {
    return { ok: false, diagnostic: createDiagnostic('literal/share-zero-denominator', { literal }, at) }
  }
  const { value } = reading
  if (value.isNegative() || value.compare(Rational.ONE) > 0) {
    const diagnostic = createDiagnostic('literal/share-out-of-range', { literal, value: value.toString() }, at)
    return { ok: false, diagnostic }
  }
  return { ok: true, value }
}

function readShare(node: YamlScalar): ShareReading {
  let text: string
  if (typeof node.value === 'string') text = node.value
  // A YAML number is read from its source, so 0.1 is exactly 1/10.
  else if (typeof node.value === 'number' || typeof node.value === 'bigint') text = node.source
  else return { kind: 'invalid' }
  text = text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace('\u2212', '-')
    .trim()

  const ratio = RATIO.exec(text)
  if (ratio) return { kind: 'ratio', parts: BigInt(ratio[1] ?? '0'), of: BigInt(ratio[2] ?? '0') }
  const fraction = FRACTION.exec(text)
  if (fraction) {
    const [, sign = '', numerator = '', denominator = ''] = fraction
    const den = BigInt(denominator)
    return den === 0n
      ? { kind: 'zero-denominator' }
      : { kind: 'value', value: Rational.of(BigInt(sign + numerator), den) }
  }
  const percent = PERCENT.exec(text)
  if (percent) return { kind: 'value', value: readDecimal(percent).div(Rational.of(100)) }
  const decimal = DECIMAL.exec(text)
  if (decimal) return { kind: 'value', value: readDecimal(decimal) }
  return { kind: 'invalid' }
}

function readDecimal([, sign = '', digits = '']: RegExpExecArray): Rational {
  return Rational.fromDecimalString(sign + digits.replace(',', '.'))
}
