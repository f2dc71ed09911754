import type { YamlNode } from './yaml-node.js'

/**
 * Converts a YAML tree into plain JavaScript (objects, arrays, strings,
 * numbers, bigints, booleans, null), e.g. for JSON Schema validation. Every
 * key becomes an own, enumerable property through `Object.defineProperty`,
 * so not even a `constructor` or `__proto__` key can reach a prototype.
 * Aliased nodes are expanded into separate copies.
 */
export function toPlainValue(node: YamlNode): unknown {
  switch (node.type) {
    case 'scalar':
      return node.value
    case 'seq':
      return node.items.map(toPlainValue)
    case 'map': {
      const object: Record<string, unknown> = {}
      for (const entry of node.entries) {
        Object.defineProperty(object, entry.key, { value: toPlainValue(entry.value), enumerable: true, writable: true, configurable: true })
      }
      return object
    }
  }
}
