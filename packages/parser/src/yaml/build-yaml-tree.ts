import { isAlias, isMap, isScalar, type Alias, type ParsedNode, type Range, type YAMLMap, type YAMLSeq } from 'yaml'
import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { YamlLimits } from './limits.js'
import { buildYamlScalar } from './build-yaml-scalar.js'
import type { Span, YamlNode, YamlPair } from './yaml-node.js'

/** A built node with what limits need to know about it once expanded. */
interface Built {
  readonly node: YamlNode
  /** Nodes in it, aliases expanded. */
  readonly size: number
  /** Collections on its longest path; 0 for a scalar. */
  readonly height: number
}

/** State of one document's conversion. */
interface TreeBuilder {
  readonly file: string
  readonly limits: YamlLimits
  readonly diagnostics: Diagnostic[]
  /** Anchors seen so far; an anchor whose node is still being built is 'open'. */
  readonly anchors: Map<string, Built | 'open'>
  aliasUses: number
  nodeCount: number
  aliasLimitReported: boolean
  depthLimitReported: boolean
}

/** Keys that would reach `Object.prototype` if a later stage assigned them to an object. */
const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Converts a composed document's contents into the plain, positioned
 * `YamlNode` tree. Duplicate keys (found with one `Map` of seen keys per
 * mapping, so in linear time) and forbidden keys are reported and their entries dropped.
 * Aliases are expanded by sharing the anchored node, counting uses and
 * expanded nodes; past a limit the alias becomes a null placeholder.
 */
export function buildYamlTree(
  contents: ParsedNode,
  file: string,
  limits: YamlLimits,
): { root: YamlNode; diagnostics: Diagnostic[] } {
  const builder: TreeBuilder = {
    file,
    limits,
    diagnostics: [],
    anchors: new Map(),
    aliasUses: 0,
    nodeCount: 0,
    aliasLimitReported: false,
    depthLimitReported: false,
  }
  return { root: buildNode(builder, contents, 0).node, diagnostics: builder.diagnostics }
}

/** Builds `node`, which sits inside `depth` collections. */
function buildNode(builder: TreeBuilder, node: ParsedNode, depth: number): Built {
  if (isAlias(node)) return expandAlias(builder, node, depth)
  if (node.anchor) builder.anchors.set(node.anchor, 'open')
  builder.nodeCount += 1
  let built: Built
  if (isScalar(node)) built = { node: buildYamlScalar(node), size: 1, height: 0 }
  else if (depth + 1 > builder.limits.maxDepth) built = refuseTooDeep(builder, node.range)
  else built = isMap(node) ? buildMap(builder, node, depth + 1) : buildSeq(builder, node, depth + 1)
  if (node.anchor) builder.anchors.set(node.anchor, built)
  return built
}

/** Builds a mapping at nesting level `level`, dropping forbidden and repeated keys. */
function buildMap(builder: TreeBuilder, map: YAMLMap.Parsed, level: number): Built {
  const entries: YamlPair[] = []
  const firstSpans = new Map<string, Span>()
  let size = 1
  let height = 0
  for (const { key, value } of map.items) {
    // yaml reports a list, mapping or alias as a key (NON_STRING_KEY).
    if (!isScalar(key)) continue
    const keyNode = buildYamlScalar(key)
    if (key.anchor) builder.anchors.set(key.anchor, { node: keyNode, size: 1, height: 0 })
    const name = typeof keyNode.value === 'string' ? keyNode.value : keyNode.source
    const at = { file: builder.file, span: keyNode.span }
    const first = firstSpans.get(name)
    if (forbiddenKeys.has(name)) {
      builder.diagnostics.push(createDiagnostic('syntax/forbidden-key', { key: name }, at))
    } else if (first) {
      const related = relatedAt(
        { file: builder.file, span: first },
        { sv: `Nyckeln "${name}" förekommer först här.`, en: `The key "${name}" first occurs here.` },
      )
      builder.diagnostics.push(createDiagnostic('syntax/duplicate-key', { key: name }, at, { related: [related] }))
    } else {
      firstSpans.set(name, keyNode.span)
      const built = value ? buildNode(builder, value, level) : buildEmptyValue(keyNode.span[1])
      entries.push({ key: name, keySpan: keyNode.span, value: built.node })
      size += built.size
      height = Math.max(height, built.height)
    }
  }
  return { node: { type: 'map', entries, span: toSpan(map.range) }, size, height: height + 1 }
}

/** Builds a list at nesting level `level`. */
function buildSeq(builder: TreeBuilder, seq: YAMLSeq.Parsed, level: number): Built {
  const items: YamlNode[] = []
  let size = 1
  let height = 0
  for (const item of seq.items) {
    const built = buildNode(builder, item, level)
    items.push(built.node)
    size += built.size
    height = Math.max(height, built.height)
  }
  return { node: { type: 'seq', items, span: toSpan(seq.range) }, size, height: height + 1 }
}

/**
 * Stands in the anchored node for `alias`, unless the anchor is unknown or
 * still open, or expanding it would cross a limit. The first crossing is
 * reported; every alias after it is left unexpanded without a further report.
 */
function expandAlias(builder: TreeBuilder, alias: Alias.Parsed, depth: number): Built {
  const { file, limits } = builder
  const at = { file, span: toSpan(alias.range) }
  const target = builder.anchors.get(alias.source)
  if (target === undefined || target === 'open') {
    const cause = target === 'open' ? 'recursive' : 'undefined'
    builder.diagnostics.push(createDiagnostic('syntax/unresolved-alias', { alias: alias.source, cause }, at))
    return buildPlaceholder(at.span, `*${alias.source}`)
  }
  if (builder.aliasLimitReported) return buildPlaceholder(at.span, `*${alias.source}`)
  const reason =
    builder.aliasUses + 1 > limits.maxAliasExpansions
      ? 'uses'
      : builder.nodeCount + target.size > limits.maxNodes
        ? 'nodes'
        : undefined
  if (reason) {
    const limit = reason === 'uses' ? limits.maxAliasExpansions : limits.maxNodes
    builder.diagnostics.push(createDiagnostic('syntax/alias-limit', { alias: alias.source, reason, limit }, at))
    builder.aliasLimitReported = true
    return buildPlaceholder(at.span, `*${alias.source}`)
  }
  if (depth + target.height > limits.maxDepth) return refuseTooDeep(builder, alias.range)
  builder.aliasUses += 1
  builder.nodeCount += target.size
  return target
}

/** Reports (once per document) a collection or alias past `maxDepth`, and stands a placeholder in. */
function refuseTooDeep(builder: TreeBuilder, range: Range): Built {
  const span = toSpan(range)
  if (!builder.depthLimitReported) {
    const at = { file: builder.file, span: [span[0], span[0] + 1] as const }
    builder.diagnostics.push(createDiagnostic('syntax/too-deep', { limit: builder.limits.maxDepth }, at))
    builder.depthLimitReported = true
  }
  return buildPlaceholder(span, '')
}

/** A null scalar standing in for a node that was not built. */
function buildPlaceholder(span: Span, source: string): Built {
  return { node: { type: 'scalar', value: null, source, style: 'plain', span }, size: 1, height: 0 }
}

/** The null value of a key written without one (`? key`). */
function buildEmptyValue(offset: number): Built {
  return buildPlaceholder([offset, offset], '')
}

function toSpan(range: Range): Span {
  return [range[0], range[1]]
}
