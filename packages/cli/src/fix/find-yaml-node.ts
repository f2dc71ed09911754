import type { YamlMap, YamlNode, YamlScalar } from '@fordela/parser'

/** The scalar whose span is exactly `span`, if any. */
export function findScalarAt(root: YamlNode, span: readonly [number, number]): YamlScalar | undefined {
  if (root.type === 'scalar') return root.span[0] === span[0] && root.span[1] === span[1] ? root : undefined
  const children = root.type === 'map' ? root.entries.map((entry) => entry.value) : root.items
  for (const child of children) {
    if (child.span[0] > span[0] || child.span[1] < span[1]) continue
    const found = findScalarAt(child, span)
    if (found) return found
  }
  return undefined
}

/** The mapping that has a key at exactly `keySpan`, if any. */
export function findMapWithKeyAt(root: YamlNode, keySpan: readonly [number, number]): YamlMap | undefined {
  if (root.type === 'scalar') return undefined
  if (
    root.type === 'map' &&
    root.entries.some((entry) => entry.keySpan[0] === keySpan[0] && entry.keySpan[1] === keySpan[1])
  )
    return root
  const children = root.type === 'map' ? root.entries.map((entry) => entry.value) : root.items
  for (const child of children) {
    if (child.span[0] > keySpan[0] || child.span[1] < keySpan[1]) continue
    const found = findMapWithKeyAt(child, keySpan)
    if (found) return found
  }
  return undefined
}
