import { Decimal } from 'decimal.js'
import type { AmbiguousAmountForm } from '../diagnostics/catalog/literal.js'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { KRONOR_PRECISION } from '../money/exact-kronor-precision.js'
import '../money/exact-kronor-precision.js'
import { formatKronor } from '../money/format-kronor.js'
import { readSwedishFigure } from '../money/read-swedish-figure.js'
import type { YamlScalar } from '../yaml/yaml-node.js'
import type { Parsed } from './parsed.js'

export type { AmbiguousAmountForm }

type AmountReading =
  | { readonly kind: 'whole'; readonly value: Decimal }
  | { readonly kind: 'negative'; readonly magnitude: Decimal }
  | { readonly kind: 'not-whole'; readonly form: 'ore' | 'decimals'; readonly value: Decimal }
  | { readonly kind: 'ambiguous'; readonly form: AmbiguousAmountForm; readonly suggestion: string }
  | { readonly kind: 'invalid' }

/**
 * The largest amount a spec may state: 10^15 kr (a thousand billion kronor,
 * about a thousand times the state budget; the whole 2025 agreement is
 * 1 560 000 000 kr). An amount above it is a typing mistake, refused before
 * it reaches a sum. Sums themselves are exact at any size a workspace can
 * hold ({@link KRONOR_PRECISION}).
 */
export const maxAmount = new Decimal('1000000000000000')

/**
 * Reads an amount of whole kronor, ≥ 0, from a YAML scalar.
 *
 * Accepted: a YAML integer (`7000000`, read from its source text so that
 * a number past 2^53 stays exact) and Swedish-written text: `7 000 000` (plain or quoted; the
 * thousands separator may be a space, no-break, narrow no-break or thin
 * space, groups of exactly three digits), `7 000 000 kr`, `7 000 000 kronor`,
 * `850 tkr`, `850 tusen`, `1,5 mnkr`, `1,5 miljoner`, `2 miljoner kronor`,
 * `1 miljard`, `2 mdkr`, and the number words one to ten with a multiplier:
 * `en miljon`, `två miljarder`. A decimal comma is allowed only with a
 * multiplier (`1,5 mnkr`), and the result must still be whole kronor.
 *
 * Rejected, each with its own rule: öre or decimals without a multiplier
 * (`literal/not-whole-kronor`), a minus sign (`literal/negative-amount`),
 * more than {@link maxAmount} (`literal/amount-too-large`),
 * dots, commas as thousands separators, groups not of three digits, YAML
 * floats in exponent form, `.inf`, `.nan`, hex and octal, a leading zero
 * (`017`, which YAML 1.1 reads as octal 15) (`literal/ambiguous-amount`), and anything else (`literal/invalid-amount`).
 * The diagnostic covers the whole scalar.
 */
export function parseAmountLiteral(node: YamlScalar, file: string): Parsed<Decimal> {
  const reading = readAmount(node)
  const at = { file, span: node.span }
  const literal = node.source
  const plain = (value: Decimal): string => formatKronor(value, { unit: 'none', space: 'plain' })
  switch (reading.kind) {
    case 'whole':
      if (reading.value.gt(maxAmount)) {
        return {
          ok: false,
          diagnostic: createDiagnostic('literal/amount-too-large', { literal, limit: plain(maxAmount) }, at),
        }
      }
      return { ok: true, value: reading.value }
    case 'negative':
      return {
        ok: false,
        diagnostic: createDiagnostic('literal/negative-amount', { literal, magnitude: plain(reading.magnitude) }, at),
      }
    case 'not-whole': {
      const lower = reading.value.floor()
      const upper = reading.value.isInteger() ? lower : lower.plus(1)
      const args = {
        literal,
        form: reading.form,
        value: plain(reading.value),
        lower: plain(lower),
        upper: plain(upper),
      }
      return { ok: false, diagnostic: createDiagnostic('literal/not-whole-kronor', args, at) }
    }
    case 'ambiguous': {
      const args = { literal, form: reading.form, suggestion: reading.suggestion }
      return { ok: false, diagnostic: createDiagnostic('literal/ambiguous-amount', args, at) }
    }
    case 'invalid':
      return { ok: false, diagnostic: createDiagnostic('literal/invalid-amount', { literal }, at) }
  }
}

function readAmount(node: YamlScalar): AmountReading {
  if (typeof node.value === 'number' || typeof node.value === 'bigint') return readYamlNumber(node.source.trim())
  if (typeof node.value !== 'string') return { kind: 'invalid' }
  const leadingZero = /^\s*0\d/.exec(node.value.replace(/[\u00a0\u2009\u202f]/g, ' '))
  if (leadingZero) {
    const digits = node.value.replace(/[^\d]/g, '')
    return {
      kind: 'ambiguous',
      form: 'leading-zero',
      suggestion: /^\d+$/.test(node.value.trim()) ? plainDigits(BigInt(digits)) : '',
    }
  }
  const reading = readSwedishFigure(node.value)
  if (reading.kind !== 'figure') return reading.kind === 'ambiguous' ? reading : { kind: 'invalid' }
  const value = reading.magnitude.toDecimal() // exact: the denominator is a power of ten
  if (reading.negative && !value.isZero()) return { kind: 'negative', magnitude: value }
  if (reading.fractionDigits > 0 && reading.multiplier === undefined) {
    return { kind: 'not-whole', form: value.isInteger() ? 'decimals' : 'ore', value }
  }
  return value.isInteger() ? { kind: 'whole', value } : { kind: 'not-whole', form: 'ore', value }
}

/** Classifies a YAML 1.2 core-schema number by the text it was written as, never by its float value. */
function readYamlNumber(source: string): AmountReading {
  // 017 is 17 to YAML 1.2 but 15 (octal) to YAML 1.1 and many tools; a figure never starts with 0.
  if (/^[-+]?0\d+$/.test(source))
    return { kind: 'ambiguous', form: 'leading-zero', suggestion: plainDigits(BigInt(source.replace(/^[-+]/, ''))) }
  if (/^[-+]?\d+$/.test(source)) {
    const value = new Decimal(BigInt(source).toString())
    return value.isNegative() && !value.isZero()
      ? { kind: 'negative', magnitude: value.abs() }
      : { kind: 'whole', value }
  }
  if (/^0[xo]/i.test(source)) return { kind: 'ambiguous', form: 'radix', suggestion: plainDigits(BigInt(source)) }
  if (/^[-+]?\.(inf|nan)$/i.test(source)) return { kind: 'ambiguous', form: 'special', suggestion: '' }
  if (/e/i.test(source)) {
    const value = new Decimal(source)
    const suggestion = value.isInteger() && !value.isNegative() ? plainDigits(BigInt(value.toFixed())) : ''
    return { kind: 'ambiguous', form: 'exponent', suggestion }
  }
  const dotted = /^[-+]?(\d*)\.(\d*)$/.exec(source)
  if (!dotted) return { kind: 'invalid' }
  const [, whole = '', fraction = ''] = dotted
  // 1.500 is one and a half to YAML but one thousand five hundred to a Swedish reader who writes 1.500.000.
  if (/^\d{1,3}$/.test(whole) && /^\d{3}$/.test(fraction)) {
    return { kind: 'ambiguous', form: 'dot', suggestion: plainDigits(BigInt(whole + fraction)) }
  }
  const value = new Decimal(source)
  if (value.isNegative() && !value.isZero()) return { kind: 'negative', magnitude: value.abs() }
  return { kind: 'not-whole', form: value.isInteger() ? 'decimals' : 'ore', value }
}

function plainDigits(value: bigint): string {
  return formatKronor(new Decimal(value.toString()), { unit: 'none', space: 'plain' })
}
