/**
 * Bounds that keep reading one spec file cheap, whatever its content. A file
 * that crosses one is refused with a `syntax/…` diagnostic instead of being
 * read further, so a hostile or broken file costs milliseconds, not memory.
 */
export interface YamlLimits {
  /** Largest file accepted, in bytes, checked before decoding. */
  readonly maxFileBytes: number
  /** Deepest nesting of mappings and lists, the root collection being level 1. */
  readonly maxDepth: number
  /** Most alias uses (`*name`) expanded in one document. */
  readonly maxAliasExpansions: number
  /** Most nodes in the tree once every alias is expanded. */
  readonly maxNodes: number
  /** Most YAML documents (separated by `---`) in one file. */
  readonly maxDocuments: number
}

/** The limits used where a caller gives none. */
export const defaultYamlLimits: YamlLimits = Object.freeze({
  maxFileBytes: 1024 * 1024,
  maxDepth: 64,
  maxAliasExpansions: 1000,
  maxNodes: 200_000,
  maxDocuments: 1,
})

/**
 * The highest each limit may be set to, whatever a caller or a config asks:
 * a config comes from the repository, so a pull request could otherwise lift
 * every bound (`maxFileBytes: 1099511627776` made a 37 MB file take 47 s and
 * 4 GB). `maxDepth`: the `yaml` composer recurses several frames per nesting
 * level; in a vitest worker its stack ran out near 780 levels of `[`, and near
 * V8's stack limit it can die with a fatal error no `catch` sees. The others
 * are a few times the default, where a lint still takes seconds, not minutes.
 */
export const yamlLimitCeilings: YamlLimits = Object.freeze({
  maxFileBytes: 4 * 1024 * 1024,
  maxDepth: 256,
  maxAliasExpansions: 10_000,
  maxNodes: 1_000_000,
  maxDocuments: 10,
})

/** Fills the limits a caller left out with the defaults and caps each at its {@link yamlLimitCeilings ceiling}. */
export function resolveYamlLimits(limits: Partial<YamlLimits> = {}): YamlLimits {
  const merged: YamlLimits = { ...defaultYamlLimits, ...limits }
  return {
    maxFileBytes: Math.min(merged.maxFileBytes, yamlLimitCeilings.maxFileBytes),
    maxDepth: Math.min(merged.maxDepth, yamlLimitCeilings.maxDepth),
    maxAliasExpansions: Math.min(merged.maxAliasExpansions, yamlLimitCeilings.maxAliasExpansions),
    maxNodes: Math.min(merged.maxNodes, yamlLimitCeilings.maxNodes),
    maxDocuments: Math.min(merged.maxDocuments, yamlLimitCeilings.maxDocuments),
  }
}
