import type { Scalar } from 'yaml'
import type { YamlScalar } from './yaml-node.js'

const styles: Readonly<Record<Scalar.Type, YamlScalar['style']>> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single-quoted',
  QUOTE_DOUBLE: 'double-quoted',
  BLOCK_LITERAL: 'block',
  BLOCK_FOLDED: 'block',
}

/**
 * Converts a composed scalar, keeping the text it was written as (`0.1`,
 * `1.5e6`, `0x10`) next to its core-schema value so later stages can read
 * exact decimals from the text rather than from a float.
 */
export function buildYamlScalar(scalar: Scalar.Parsed): YamlScalar {
  const value = toScalarValue(scalar)
  return {
    type: 'scalar',
    value: typeof value === 'string' ? internShortText(value) : value,
    source: scalar.source,
    style: styles[scalar.type ?? 'PLAIN'],
    span: [scalar.range[0], scalar.range[1]],
  }
}

/** Short texts seen so far, each kept once (see {@link internShortText}). */
const shortTexts = new Map<string, string>()

/** Texts up to this many code units are shared; ids, unit codes, measure names and keys are shorter. */
const SHORT_TEXT = 24

/** Entries after which the table starts over, so that a long-running process (an editor's server) does not grow it without end. */
const MAX_SHORT_TEXTS = 100_000

/**
 * The one copy of a short text: a workspace repeats the same ids, unit codes
 * and keys in every file, and each scalar the composer reads is a string of
 * its own. Sharing them takes a few MB off a large workspace's heap and off
 * what each garbage collection moves (issue 7). Longer texts are left alone:
 * they are seldom repeated, and V8 keeps them as slices of the file's text.
 */
function internShortText(text: string): string {
  if (text.length > SHORT_TEXT) return text
  const known = shortTexts.get(text)
  if (known !== undefined) return known
  if (shortTexts.size >= MAX_SHORT_TEXTS) shortTexts.clear()
  shortTexts.set(text, text)
  return text
}

/**
 * The composer gives every integer as a bigint (`intAsBigInt`); those that a
 * number holds exactly become numbers, as the `YamlScalar` contract says.
 */
function toScalarValue(scalar: Scalar.Parsed): YamlScalar['value'] {
  const { value } = scalar
  if (typeof value === 'bigint') {
    const fitsNumber = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    return fitsNumber ? Number(value) : value
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value
  // The core schema makes no other values; if a tag ever does, keep the text.
  return scalar.source
}
