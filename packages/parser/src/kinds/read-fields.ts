import type { Located, SourceRange } from '../model/source.js'
import type { Span, YamlMap, YamlNode, YamlPair } from '../yaml/yaml-node.js'
import type { BuildContext } from './build-context.js'
import { CompactSourceRange, LocatedValue } from '../model/located-value.js'

// Builders run only on documents their schema accepted, so a required field
// that is missing or of the wrong type is an impossible state, not a user error.

/** The range of a node or span in the context's file. */
export function rangeOf(spanned: { readonly span: Span } | Span, context: BuildContext): SourceRange {
  const span = 'span' in spanned ? spanned.span : spanned
  return new CompactSourceRange(context.file, span[0], span[1])
}

/** `value` read from `span` of the context's file. */
function locateSpan<T>(value: T, span: Span, context: BuildContext): Located<T> {
  return new LocatedValue(value, context.file, span[0], span[1])
}

/** The range from a pair's key to the end of its value (`rest: true`). */
export function rangeOfPair(pair: YamlPair, context: BuildContext): SourceRange {
  return rangeOf([pair.keySpan[0], pair.value.span[1]], context)
}

/** The entry `key` of `map`, if present. */
export function findPair(map: YamlMap, key: string): YamlPair | undefined {
  return map.entries.find((pair) => pair.key === key)
}

/** The value of `key` in `map`, if present. */
export function findValue(map: YamlMap, key: string): YamlNode | undefined {
  return findPair(map, key)?.value
}

/** A scalar node's text with its range. */
export function locateText(node: YamlNode, context: BuildContext): Located<string> {
  if (node.type !== 'scalar' || typeof node.value !== 'string') throw invalidShape('a text', node)
  return locateSpan(node.value, node.span, context)
}

/** A map key as a located text (a cell's column, an exception's unit). */
export function locateKey(pair: YamlPair, context: BuildContext): Located<string> {
  return locateSpan(pair.key, pair.keySpan, context)
}

/** The text at `key`, if present. */
export function readText(map: YamlMap, key: string, context: BuildContext): Located<string> | undefined {
  const node = findValue(map, key)
  return node && locateText(node, context)
}

/** The text at `key`, which the schema requires. */
export function requireText(map: YamlMap, key: string, context: BuildContext): Located<string> {
  return readText(map, key, context) ?? missing(key)
}

/** The integer at `key`, if present. */
export function readInteger(map: YamlMap, key: string, context: BuildContext): Located<number> | undefined {
  const node = findValue(map, key)
  if (!node) return undefined
  if (node.type !== 'scalar' || typeof node.value !== 'number') throw invalidShape('an integer', node)
  return locateSpan(node.value, node.span, context)
}

/** The integer at `key`, which the schema requires. */
export function requireInteger(map: YamlMap, key: string, context: BuildContext): Located<number> {
  return readInteger(map, key, context) ?? missing(key)
}

/** The boolean at `key`, if present. */
export function readBoolean(map: YamlMap, key: string): boolean | undefined {
  const node = findValue(map, key)
  if (!node) return undefined
  if (node.type !== 'scalar' || typeof node.value !== 'boolean') throw invalidShape('a boolean', node)
  return node.value
}

/** The list of texts at `key`; `[]` when absent. */
export function readTextList(map: YamlMap, key: string, context: BuildContext): Located<string>[] {
  return readItems(map, key).map((item) => locateText(item, context))
}

/** The items of the list at `key`; `[]` when absent. */
export function readItems(map: YamlMap, key: string): readonly YamlNode[] {
  const node = findValue(map, key)
  if (!node) return []
  if (node.type !== 'seq') throw invalidShape('a list', node)
  return node.items
}

/** The mappings of the list at `key`; `[]` when absent. */
export function readMapItems(map: YamlMap, key: string): YamlMap[] {
  return readItems(map, key).map(asMap)
}

/** The mapping at `key`, if present. */
export function readMap(map: YamlMap, key: string): YamlMap | undefined {
  const node = findValue(map, key)
  return node && asMap(node)
}

/** The mapping at `key`, which the schema requires. */
export function requireMap(map: YamlMap, key: string): YamlMap {
  return readMap(map, key) ?? missing(key)
}

/** The entries of the mapping at `key` (`except:`, `rename:`); `[]` when absent. */
export function readEntries(map: YamlMap, key: string): readonly YamlPair[] {
  return readMap(map, key)?.entries ?? []
}

/** `node` as a mapping. */
export function asMap(node: YamlNode): YamlMap {
  if (node.type !== 'map') throw invalidShape('a mapping', node)
  return node
}

function missing(key: string): never {
  throw new Error(`kinds: required key "${key}" missing in a document the schema accepted`)
}

function invalidShape(expected: string, node: YamlNode): Error {
  return new Error(`kinds: expected ${expected} at offset ${node.span[0]} in a document the schema accepted`)
}
