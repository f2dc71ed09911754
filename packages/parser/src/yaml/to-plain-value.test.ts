import { describe, expect, test } from 'vitest'
import { loadYaml } from './load-yaml.js'
import { toPlainValue } from './to-plain-value.js'
import type { YamlNode, YamlScalar } from './yaml-node.js'

const scalar = (value: YamlScalar['value']): YamlScalar => ({
  type: 'scalar',
  value,
  source: String(value),
  style: 'plain',
  span: [0, 0],
})

describe('toPlainValue', () => {
  test('converts mappings, lists and scalars, keeping bigints', () => {
    const { root } = loadYaml(
      'total: 100000000000000000000000\nshare: 0.25\nparts: [a, true, ~]\nnested: {x: 1}\n',
      'spec.yaml',
    )
    expect(toPlainValue(root ?? scalar(null))).toEqual({
      total: 10n ** 23n,
      share: 0.25,
      parts: ['a', true, null],
      nested: { x: 1 },
    })
  })

  test('makes a constructor or __proto__ key an own property without touching any prototype', () => {
    // loadYaml drops these keys; the tree here is built by hand to show the conversion alone is safe.
    const node: YamlNode = {
      type: 'map',
      entries: [
        {
          key: '__proto__',
          keySpan: [0, 0],
          value: { type: 'map', entries: [{ key: 'polluted', keySpan: [0, 0], value: scalar(true) }], span: [0, 0] },
        },
        { key: 'constructor', keySpan: [0, 0], value: scalar('x') },
      ],
      span: [0, 0],
    }
    const plain = toPlainValue(node) as Record<string, unknown>
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype)
    expect(Object.keys(plain)).toEqual(['__proto__', 'constructor'])
    expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toEqual({ polluted: true })
    expect(plain['constructor']).toBe('x')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(JSON.stringify(plain)).toBe('{"__proto__":{"polluted":true},"constructor":"x"}')
  })

  test('expands an alias into separate copies', () => {
    const { root } = loadYaml('a: &a {x: 1}\nb: *a\n', 'spec.yaml')
    const plain = toPlainValue(root ?? scalar(null)) as { a: { x: number }; b: { x: number } }
    expect(plain.b).toEqual({ x: 1 })
    expect(plain.b).not.toBe(plain.a)
  })
})
