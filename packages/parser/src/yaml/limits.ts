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
 * The `yaml` composer recurses several frames per nesting level: in a vitest
 * worker its stack ran out near 780 levels of `[`, and near V8's stack limit
 * it can die with a fatal error no `catch` sees. Nesting is therefore never
 * allowed past this level, whatever `maxDepth` asks for.
 */
const depthCeiling = 256

/** Fills the limits a caller left out with the defaults and caps `maxDepth` at a safe level. */
export function resolveYamlLimits(limits: Partial<YamlLimits> = {}): YamlLimits {
  const merged = { ...defaultYamlLimits, ...limits }
  return { ...merged, maxDepth: Math.min(merged.maxDepth, depthCeiling) }
}
