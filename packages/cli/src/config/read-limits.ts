import { defaultYamlLimits, suggestClosest, type YamlLimits, type YamlNode } from '@fordela/parser'
import type { ConfigProblem } from './lint-config.js'

const limitKeys = Object.keys(defaultYamlLimits) as (keyof YamlLimits)[]

/**
 * Reads `limits: { maxFileBytes: …, maxDepth: …, … }`: each a whole number ≥ 1
 * replacing the parser's default for that bound (see docs/security.md).
 */
export function readLimits(node: YamlNode, problems: ConfigProblem[]): Partial<YamlLimits> | undefined {
  if (node.type !== 'map') {
    problems.push({ span: node.span, message: { sv: `limits ska vara en mappning med ${limitKeys.join(', ')}.`, en: `limits must be a mapping of ${limitKeys.join(', ')}.` } })
    return undefined
  }
  const limits: Partial<Record<keyof YamlLimits, number>> = {}
  for (const { key, keySpan, value } of node.entries) {
    if (!(limitKeys as string[]).includes(key)) {
      const closest = suggestClosest(key, limitKeys)[0]
      const hint = closest ? { sv: ` Menade du "${closest}"?`, en: ` Did you mean "${closest}"?` } : { sv: ` Tillåtna: ${limitKeys.join(', ')}.`, en: ` Allowed: ${limitKeys.join(', ')}.` }
      problems.push({ span: keySpan, message: { sv: `Okänd gräns "${key}".${hint.sv}`, en: `Unknown limit "${key}".${hint.en}` } })
    } else if (value.type === 'scalar' && typeof value.value === 'number' && Number.isSafeInteger(value.value) && value.value >= 1) {
      limits[key as keyof YamlLimits] = value.value
    } else {
      problems.push({ span: value.span, message: { sv: `limits.${key} ska vara ett heltal ≥ 1.`, en: `limits.${key} must be a whole number ≥ 1.` } })
    }
  }
  return limits
}
