import type { YamlMap, YamlNode, YamlPair } from '../yaml/yaml-node.js'

/** The YAML node a JSON pointer names, with the entry that holds it and a readable path. */
export interface InstanceLocation {
  readonly node: YamlNode
  /** The `key: value` entry whose value is `node`; absent for the root and for list items. */
  readonly pair?: YamlPair
  /** `sections[1].steps[0]`; '' for the root. */
  readonly path: string
}

/**
 * Walks the YAML tree along an ajv `instancePath` (a JSON pointer such as
 * `/sections/1/steps/0`). The tree is the one the validated value was made
 * from, so every step exists; should one not, the walk stops at the deepest
 * node found, which is still the best place to point at.
 */
export function locateInstancePath(root: YamlNode, instancePath: string): InstanceLocation {
  let location: InstanceLocation = { node: root, path: '' }
  for (const segment of parsePointer(instancePath)) {
    const next = stepInto(location, segment)
    if (!next) break
    location = next
  }
  return location
}

/** Appends a key to a readable path, quoting keys that are not plain words (`rename["Lilla Edet"]`). */
export function appendKeyToPath(path: string, key: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(key)) return `${path}[${JSON.stringify(key)}]`
  return path === '' ? key : `${path}.${key}`
}

const entryIndexes = new WeakMap<YamlMap, ReadonlyMap<string, YamlPair>>()

/**
 * The entry of `key` in a mapping, through an index built once per mapping:
 * a file with a hundred thousand wrong keys in one mapping gives as many
 * findings, and looking each up by scanning the entries would take minutes.
 */
export function findEntry(map: YamlMap, key: string): YamlPair | undefined {
  let index = entryIndexes.get(map)
  if (!index) {
    const entries = new Map<string, YamlPair>()
    for (const entry of map.entries) if (!entries.has(entry.key)) entries.set(entry.key, entry)
    entryIndexes.set(map, entries)
    index = entries
  }
  return index.get(key)
}

function stepInto(location: InstanceLocation, segment: string): InstanceLocation | undefined {
  const { node, path } = location
  if (node.type === 'map') {
    const pair = findEntry(node, segment)
    return pair && { node: pair.value, pair, path: appendKeyToPath(path, segment) }
  }
  if (node.type === 'seq') {
    const item = node.items[Number(segment)]
    return item && { node: item, path: `${path}[${segment}]` }
  }
  return undefined
}

/** Splits a JSON pointer into its unescaped segments (RFC 6901: `~1` is `/`, `~0` is `~`). */
function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
}
