/**
 * A parsed YAML document as a plain tree that keeps every node's range.
 * Aliases are expanded (within limits), keys are strings, and nothing in it
 * is a JavaScript object built from user keys, so no key can reach a
 * prototype.
 */
export type YamlNode = YamlMap | YamlSeq | YamlScalar

/** Start and end offset (UTF-16 code units) of a node in its file's text. */
export type Span = readonly [start: number, end: number]

/** A scalar with its parsed value and the exact text it was written as. */
export interface YamlScalar {
  readonly type: 'scalar'
  /** The YAML 1.2 core-schema value; integers beyond 2^53 are bigint. */
  readonly value: string | number | bigint | boolean | null
  /** The scalar's text as written, without quotes (for exact decimals). */
  readonly source: string
  readonly style: 'plain' | 'single-quoted' | 'double-quoted' | 'block'
  readonly span: Span
}

/** One `key: value` entry of a mapping. */
export interface YamlPair {
  readonly key: string
  readonly keySpan: Span
  readonly value: YamlNode
}

/** A mapping, entries in source order (keys are unique; duplicates are diagnostics). */
export interface YamlMap {
  readonly type: 'map'
  readonly entries: readonly YamlPair[]
  readonly span: Span
}

/** A sequence. */
export interface YamlSeq {
  readonly type: 'seq'
  readonly items: readonly YamlNode[]
  readonly span: Span
}
