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
  return {
    type: 'scalar',
    value: toScalarValue(scalar),
    source: scalar.source,
    style: styles[scalar.type ?? 'PLAIN'],
    span: [scalar.range[0], scalar.range[1]],
  }
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
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  // The core schema makes no other values; if a tag ever does, keep the text.
  return scalar.source
}
