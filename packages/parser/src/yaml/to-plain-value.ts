import type { YamlNode, YamlScalar } from './yaml-node.js'

/**
 * Converts a YAML tree into plain JavaScript (objects, arrays, strings,
 * numbers, bigints, booleans, null), e.g. for JSON Schema validation. Every
 * key becomes an own, enumerable property: keys are assigned, except
 * `__proto__`, which is defined with `Object.defineProperty`, so no key can
 * reach a prototype. Aliased nodes are expanded into separate copies.
 *
 * @param mapScalar converts each scalar's value on the way (one walk instead of two)
 */
export function toPlainValue(node: YamlNode, mapScalar: (value: YamlScalar['value']) => unknown = keepValue): unknown {
  switch (node.type) {
    case 'scalar':
      return mapScalar(node.value)
    case 'seq':
      return node.items.map((item) => toPlainValue(item, mapScalar))
    case 'map': {
      const object: Record<string, unknown> = {}
      for (const entry of node.entries) {
        const value = toPlainValue(entry.value, mapScalar)
        // Assigning `__proto__` would set the prototype; every other key is an ordinary own property.
        if (entry.key === '__proto__')
          Object.defineProperty(object, entry.key, { value, enumerable: true, writable: true, configurable: true })
        else object[entry.key] = value
      }
      return object
    }
  }
}

function keepValue(value: YamlScalar['value']): YamlScalar['value'] {
  return value
}
