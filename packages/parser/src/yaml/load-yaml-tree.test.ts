import { describe, expect, test } from 'vitest'
import { locateSpan } from './__fixtures__/locate-spans.js'
import { loadYaml } from './load-yaml.js'
import type { YamlMap, YamlNode } from './yaml-node.js'

/** The root of `text`, which the test expects to be a clean mapping. */
function loadMap(text: string): YamlMap {
  const { root, diagnostics } = loadYaml(text, 'spec.yaml')
  expect(diagnostics).toEqual([])
  if (root?.type !== 'map') throw new Error('expected a mapping')
  return root
}

function valueAt(map: YamlMap, key: string): YamlNode {
  const entry = map.entries.find((candidate) => candidate.key === key)
  if (!entry) throw new Error(`no key ${key}`)
  return entry.value
}

describe('loadYaml: the tree', () => {
  const text = [
    'share: 0.1',
    'float: 1.5e6',
    'amount: 7 000 000',
    'hex: 0x10',
    'big: 100000000000000000000000',
    'safe: 9007199254740991',
    'unsafe: 9007199254740992',
    "single: 'it''s'",
    'double: "25 %"',
    'block: |',
    '  rad ett',
    '  rad två',
    'flag: true',
    'nothing: ~',
    'empty:',
    '',
  ].join('\n')
  test('keeps each scalar with its core-schema value, the text it was written as and its style', () => {
    const root = loadMap(text)
    const scalars = root.entries.map(({ key, value }) =>
      value.type === 'scalar' ? [key, value.value, value.source, value.style] : [key],
    )
    expect(scalars).toEqual([
      ['share', 0.1, '0.1', 'plain'],
      ['float', 1_500_000, '1.5e6', 'plain'],
      ['amount', '7 000 000', '7 000 000', 'plain'],
      ['hex', 16, '0x10', 'plain'],
      // 10^23 is beyond 2^53 and stays an exact bigint.
      ['big', 10n ** 23n, '100000000000000000000000', 'plain'],
      // 2^53 − 1 is the largest integer a number holds exactly; 2^53 is a bigint.
      ['safe', 2 ** 53 - 1, '9007199254740991', 'plain'],
      ['unsafe', 2n ** 53n, '9007199254740992', 'plain'],
      // A quoted scalar's source is its content, quotes removed and escapes resolved.
      ['single', "it's", "it's", 'single-quoted'],
      ['double', '25 %', '25 %', 'double-quoted'],
      ['block', 'rad ett\nrad två\n', 'rad ett\nrad två\n', 'block'],
      ['flag', true, 'true', 'plain'],
      ['nothing', null, '~', 'plain'],
      ['empty', null, '', 'plain'],
    ])
  })

  test('gives every key and value its span', () => {
    const root = loadMap(text)
    const spans = root.entries
      .slice(0, 3)
      .map(({ keySpan, value }) => [locateSpan(text, keySpan), locateSpan(text, value.span)])
    // "share" is columns 1–5 of line 1 and "0.1" columns 8–10; "1.5e6" columns 8–12 of line 2.
    expect(spans).toEqual([
      ['1:1-1:6', '1:8-1:11'],
      ['2:1-2:6', '2:8-2:13'],
      ['3:1-3:7', '3:9-3:18'],
    ])
    // The block scalar runs from its "|" (line 10, column 8) to the end of its last line.
    expect(locateSpan(text, valueAt(root, 'block').span)).toBe('10:8-13:1')
    // A key without a value gets a zero-width null right after its colon (line 15, column 7).
    expect(locateSpan(text, valueAt(root, 'empty').span)).toBe('15:7-15:7')
  })

  test('nests mappings and lists with their spans', () => {
    const nested = 'parties:\n  - id: a\n    weight: [1, 2]\n'
    const parties = valueAt(loadMap(nested), 'parties')
    expect(parties.type).toBe('seq')
    if (parties.type !== 'seq') return
    // The list starts at "-" (line 2, column 3); "[1, 2]" is columns 13–18 of line 3.
    expect(locateSpan(nested, parties.span)).toBe('2:3-4:1')
    const party = parties.items[0]
    expect(
      party?.type === 'map' && party.entries.map((entry) => [entry.key, locateSpan(nested, entry.value.span)]),
    ).toEqual([
      ['id', '2:9-2:10'],
      ['weight', '3:13-3:19'],
    ])
  })

  test('expands an alias by sharing the anchored node', () => {
    const map = loadMap('defaults: &defaults\n  rounding: floor\na: *defaults\nb: *defaults\n')
    expect(valueAt(map, 'a')).toBe(valueAt(map, 'defaults'))
    expect(valueAt(map, 'b')).toBe(valueAt(map, 'defaults'))
  })

  test('resolves an alias to an anchored key as that text', () => {
    const map = loadMap('&k kommun: 1\nname: *k\n')
    expect(valueAt(map, 'name')).toMatchObject({ type: 'scalar', value: 'kommun' })
  })

  test('treats << as an ordinary key (YAML 1.2 has no merge keys)', () => {
    const map = loadMap('base: &base {a: 1}\n<<: *base\n')
    expect(map.entries.map((entry) => entry.key)).toEqual(['base', '<<'])
  })

  test('reads keys as text, so 2025 and true are keys "2025" and "true"', () => {
    expect(loadMap('2025: a\ntrue: b\n0x10: c\n').entries.map((entry) => entry.key)).toEqual(['2025', 'true', '0x10'])
  })
})
