import { describe, expect, test } from 'vitest'
import { locateDiagnostics, locateSpan } from './__fixtures__/locate-spans.js'
import { loadYaml } from './load-yaml.js'
import { toPlainValue } from './to-plain-value.js'

describe('loadYaml: keys', () => {
  test('reports a repeated key at its second occurrence, pointing back at the first, and keeps the first', () => {
    const text = ['id: x', 'parties:', '  - id: a', '    name: A', '    name: B', 'id: y', ''].join('\n')
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    // "name" again on line 5 (first on line 4), "id" again on line 6 (first on line 1).
    expect(locateDiagnostics(text, diagnostics)).toEqual([
      '5:5-5:9 error syntax/duplicate-key',
      '6:1-6:3 error syntax/duplicate-key',
    ])
    expect(diagnostics.map((d) => d.related?.map((r) => locateSpan(text, r.span)))).toEqual([['4:5-4:9'], ['1:1-1:3']])
    expect(diagnostics[0]?.message.sv).toBe(
      'Nyckeln "name" finns redan tidigare i samma mappning; en nyckel får bara förekomma en gång, så den här förekomsten ignoreras.',
    )
    expect(toPlainValue(root ?? { type: 'map', entries: [], span: [0, 0] })).toEqual({
      id: 'x',
      parties: [{ id: 'a', name: 'A' }],
    })
  })

  test('compares keys as text: 1 and "1" are the same key, 1 and 01 are not', () => {
    const text = '1: a\n"1": b\n01: c\n'
    expect(locateDiagnostics(text, loadYaml(text, 'spec.yaml').diagnostics)).toEqual([
      '2:1-2:4 error syntax/duplicate-key',
    ])
  })

  test('allows the same key in different mappings', () => {
    expect(loadYaml('a: {id: 1}\nb: {id: 2}\n', 'spec.yaml').diagnostics).toEqual([])
  })

  test('loads 40 000 distinct keys without a finding', () => {
    // How fast (yaml's own duplicate check is quadratic) is measured by the
    // benchmark's flat-map stress row, not here: tests assert no wall-clock time.
    const text = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join('\n')
    const { root, diagnostics } = loadYaml(text, 'big.yaml')
    expect(diagnostics).toEqual([])
    expect(root?.type === 'map' && root.entries.length).toBe(40_000)
  })

  test('finds a duplicate after 40 000 keys', () => {
    // Lines 1–40 000 hold k0…k39999; line 40 001 repeats k0.
    const text = `${Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk0: again\n`
    const { diagnostics } = loadYaml(text, 'big.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['40001:1-40001:3 error syntax/duplicate-key'])
  })

  test('refuses __proto__, constructor and prototype at any level and drops their entries', () => {
    const text = [
      '__proto__:',
      '  polluted: yes',
      'a:',
      '  constructor: x',
      '  b:',
      '    - prototype: 1',
      '      ok: 2',
      '',
    ].join('\n')
    const ownBefore = Object.getOwnPropertyNames(Object.prototype)
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual([
      '1:1-1:10 error syntax/forbidden-key',
      '4:3-4:14 error syntax/forbidden-key',
      '6:7-6:16 error syntax/forbidden-key',
    ])
    const plain = toPlainValue(root ?? { type: 'map', entries: [], span: [0, 0] })
    expect(plain).toEqual({ a: { b: [{ ok: 2 }] } })
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(ownBefore)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  test('reports a list or mapping as a key through yaml and drops the entry', () => {
    const text = '? [a]\n: b\nc: d\n'
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['1:3-1:4 error yaml/non-string-key'])
    expect(root?.type === 'map' && root.entries.map((entry) => entry.key)).toEqual(['c'])
  })
})
