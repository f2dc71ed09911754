import { readCsvNumber } from '../dataset/read-csv-number.js'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Located } from '../model/source.js'
import { Rational } from '../money/rational.js'
import { appendKeyToPath } from '../schema/locate-instance-path.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import type { BuildContext } from './build-context.js'
import { rangeOf } from './read-fields.js'
import { locateValue } from '../model/located-value.js'

/**
 * Reads a dataset unit's `values:` (measure id → weight) as exact rationals,
 * written as SCB writes numbers (`2454821`, `"2 454 821"`, `"1234,5"`); a
 * YAML number is read from its source text, never through the float. `..`
 * (SCB's "not available") leaves the measure out. A number the schema could
 * not refuse (`1e6`) is `schema/invalid-value`.
 *
 * @param path where the mapping is, for messages (`units[3].values`)
 */
export function readUnitValues(map: YamlMap, path: string, context: BuildContext): Map<string, Located<Rational>> {
  const values = new Map<string, Located<Rational>>()
  for (const { key, value: node } of map.entries) {
    if (node.type !== 'scalar')
      throw new Error(`kinds: expected a weight at offset ${node.span[0]} in a document the schema accepted`)
    const text = typeof node.value === 'string' ? node.value : node.source
    const number = readCsvNumber(text)
    const at = rangeOf(node, context)
    if (number.type === 'number') values.set(key, locateValue(Rational.fromDecimalString(number.decimal), at))
    else if (number.type === 'invalid') {
      const args = { path: appendKeyToPath(path, key), found: node.source, expected: 'weight', allowed: '' }
      context.diagnostics.push(createDiagnostic('schema/invalid-value', args, at))
    }
  }
  return values
}
