import { loadYaml } from '../../yaml/load-yaml.js'
import type { YamlScalar } from '../../yaml/yaml-node.js'

/**
 * The scalar value of `key` (default: the first key) of a YAML mapping, read
 * by the real loader, so tests see exactly the value, source, style and span
 * that a spec file gives the literal readers.
 */
export function readScalar(text: string, key?: string): YamlScalar {
  const { root, diagnostics } = loadYaml(text, 'test.yaml')
  if (diagnostics.length > 0) throw new Error(`test YAML has diagnostics: ${diagnostics.map((d) => d.code).join(', ')}`)
  const entries = root?.type === 'map' ? root.entries : []
  const value = (key === undefined ? entries[0] : entries.find((entry) => entry.key === key))?.value
  if (value?.type !== 'scalar') throw new Error(`test YAML has no scalar value: ${text}`)
  return value
}
