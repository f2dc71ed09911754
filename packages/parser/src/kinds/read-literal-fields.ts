import { Decimal } from 'decimal.js'
import type { Kronor, RoundingPolicy } from '../model/documents.js'
import type { Located } from '../model/source.js'
import { parseAmountLiteral } from '../literals/amount-literal.js'
import { Rational } from '../money/rational.js'
import { parseShareLiteral } from '../literals/share-literal.js'
import type { YamlMap, YamlNode } from '../yaml/yaml-node.js'
import type { BuildContext } from './build-context.js'
import { findValue, rangeOf, readText } from './read-fields.js'
import { locateValue } from '../model/located-value.js'

/**
 * An amount literal's value. A literal that does not read adds its
 * diagnostic and gives 0, which never leaves the builder: `finishBuild`
 * drops a document with an error.
 */
export function locateAmount(node: YamlNode, context: BuildContext): Located<Kronor> {
  const at = rangeOf(node, context)
  if (node.type !== 'scalar')
    throw new Error(`kinds: expected an amount at offset ${node.span[0]} in a document the schema accepted`)
  const parsed = parseAmountLiteral(node, context.file)
  if (parsed.ok) return locateValue(parsed.value, at)
  context.diagnostics.push(parsed.diagnostic)
  return locateValue(new Decimal(0), at)
}

/** The amount at `key`, if present. */
export function readAmount(map: YamlMap, key: string, context: BuildContext): Located<Kronor> | undefined {
  const node = findValue(map, key)
  return node && locateAmount(node, context)
}

/** The amount at `key`, which the schema requires. */
export function requireAmount(map: YamlMap, key: string, context: BuildContext): Located<Kronor> {
  const node = findValue(map, key)
  if (!node) throw new Error(`kinds: required key "${key}" missing in a document the schema accepted`)
  return locateAmount(node, context)
}

/** A share literal's value; like `locateAmount`, a literal that does not read gives 0 and a diagnostic. */
export function locateShare(node: YamlNode, context: BuildContext): Located<Rational> {
  const at = rangeOf(node, context)
  if (node.type !== 'scalar')
    throw new Error(`kinds: expected a share at offset ${node.span[0]} in a document the schema accepted`)
  const parsed = parseShareLiteral(node, context.file)
  if (parsed.ok) return locateValue(parsed.value, at)
  context.diagnostics.push(parsed.diagnostic)
  return locateValue(Rational.ZERO, at)
}

/** The rounding policy at `key`; the workspace default, else `largest-remainder`, at the document's start when absent. */
export function readRounding(map: YamlMap, context: BuildContext): Located<RoundingPolicy> {
  const stated = readText(map, 'rounding', context)
  // The schema's enum admits only the three policies.
  if (stated) return stated as Located<RoundingPolicy>
  return locateValue(context.defaults.rounding ?? 'largest-remainder', rangeOf([map.span[0], map.span[0]], context))
}
