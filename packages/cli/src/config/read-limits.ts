import { defaultYamlLimits, suggestClosest, yamlLimitCeilings, type YamlLimits, type YamlNode } from '@fordela/parser'
import { messages, sayBoth } from '@fordela/render-markdown/messages'
import type { ConfigProblem } from './lint-config.js'

const limitKeys = Object.keys(defaultYamlLimits) as (keyof YamlLimits)[]

/**
 * Reads `limits: { maxFileBytes: …, maxDepth: …, … }`: each a whole number
 * from 1 to its ceiling (`yamlLimitCeilings`) replacing the parser's default
 * for that bound (see docs/security.md). A value above the ceiling is a
 * problem at the value, not silently lowered: the config says what it does.
 */
export function readLimits(node: YamlNode, problems: ConfigProblem[]): Partial<YamlLimits> | undefined {
  if (node.type !== 'map') {
    problems.push({ span: node.span, message: sayBoth(messages.cli.limitsNotMapping, { keys: limitKeys.join(', ') }) })
    return undefined
  }
  const limits: Partial<Record<keyof YamlLimits, number>> = {}
  for (const { key, keySpan, value } of node.entries) {
    if (!(limitKeys as string[]).includes(key)) {
      const closest = suggestClosest(key, limitKeys)[0]
      const message = closest
        ? sayBoth(messages.cli.unknownLimitMeant, { written: key, suggestion: closest })
        : sayBoth(messages.cli.unknownLimitAllowed, { written: key, allowed: limitKeys.join(', ') })
      problems.push({ span: keySpan, message })
    } else if (
      value.type === 'scalar' &&
      typeof value.value === 'number' &&
      Number.isSafeInteger(value.value) &&
      value.value >= 1
    ) {
      const ceiling = yamlLimitCeilings[key as keyof YamlLimits]
      if (value.value <= ceiling) limits[key as keyof YamlLimits] = value.value
      else {
        const shown = groupDigits(ceiling)
        problems.push({ span: value.span, message: sayBoth(messages.cli.limitAboveCeiling, { key, ceiling: shown }) })
      }
    } else {
      problems.push({ span: value.span, message: sayBoth(messages.cli.limitNotCount, { key }) })
    }
  }
  return limits
}

/** Groups digits Swedish style: 4194304 → "4 194 304". */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}
