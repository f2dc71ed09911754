import { catalog, suggestClosest, type Language, type LocalizedText, type RoundingPolicy, type YamlNode } from '@fordela/parser'
import type { ConfigProblem, ConfiguredSeverity, LintConfig } from './lint-config.js'
import { readLimits } from './read-limits.js'

const topLevelKeys = ['rules', 'include', 'ignore', 'lang', 'maxWarnings', 'rounding', 'limits'] as const
const roundingPolicies: readonly RoundingPolicy[] = ['largest-remainder', 'half-up', 'floor']
const severities: readonly ConfiguredSeverity[] = ['error', 'warning', 'info', 'off']
const languages: readonly Language[] = ['sv', 'en']

/**
 * Checks a parsed `fordela.config.yaml` and returns its settings with every
 * problem found (unknown keys and rule ids with "did you mean", values
 * outside their allowed set with that set listed), never throwing, so the
 * user sees all mistakes at once.
 */
export function validateConfig(root: YamlNode | undefined): { config: LintConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = []
  const rules = new Map<string, ConfiguredSeverity>()
  let config: { -readonly [K in keyof LintConfig]: LintConfig[K] } = { rules, ignore: [] }
  if (root === undefined) return { config, problems }
  if (root.type !== 'map') {
    problems.push({ span: root.span, message: { sv: 'Konfigurationen ska vara en mappning (nyckel: värde).', en: 'The config must be a mapping (key: value).' } })
    return { config, problems }
  }
  for (const { key, keySpan, value } of root.entries) {
    switch (key) {
      case 'rules':
        readRules(value, rules, problems)
        break
      case 'include':
      case 'ignore': {
        const globs = readGlobs(key, value, problems)
        if (globs) config = { ...config, [key]: globs }
        break
      }
      case 'lang': {
        const lang = readChoice(key, value, languages, problems)
        if (lang) config = { ...config, lang }
        break
      }
      case 'limits': {
        const limits = readLimits(value, problems)
        if (limits) config = { ...config, limits }
        break
      }
      case 'rounding': {
        const rounding = readChoice(key, value, roundingPolicies, problems)
        if (rounding) config = { ...config, rounding }
        break
      }
      case 'maxWarnings':
        if (value.type === 'scalar' && typeof value.value === 'number' && Number.isInteger(value.value) && value.value >= 0) {
          config = { ...config, maxWarnings: value.value }
        } else {
          problems.push({ span: value.span, message: { sv: 'maxWarnings ska vara ett heltal ≥ 0.', en: 'maxWarnings must be a whole number ≥ 0.' } })
        }
        break
      default:
        problems.push({ span: keySpan, message: describeUnknown('nyckel', 'key', key, topLevelKeys) })
    }
  }
  return { config, problems }
}

/** Reads `rules: { <rule-id>: error|warning|info|off }` into `rules`. */
function readRules(node: YamlNode, rules: Map<string, ConfiguredSeverity>, problems: ConfigProblem[]): void {
  if (node.type !== 'map') {
    problems.push({ span: node.span, message: { sv: 'rules ska vara en mappning: regel-id: error|warning|info|off.', en: 'rules must be a mapping: rule-id: error|warning|info|off.' } })
    return
  }
  const known = Object.keys(catalog)
  for (const { key, keySpan, value } of node.entries) {
    const severity = readChoice(key, value, severities, problems)
    if (!known.includes(key)) problems.push({ span: keySpan, message: describeUnknown('regel', 'rule', key, known) })
    else if (severity) rules.set(key, severity)
  }
}

/** Reads a list of glob strings. */
function readGlobs(key: string, node: YamlNode, problems: ConfigProblem[]): string[] | undefined {
  const globs = node.type === 'seq' ? node.items.flatMap((item) => (item.type === 'scalar' && typeof item.value === 'string' ? [item.value] : [])) : []
  if (node.type === 'seq' && globs.length === node.items.length) return globs
  problems.push({ span: node.span, message: { sv: `${key} ska vara en lista av mönster, t.ex. ["arkiv/**"].`, en: `${key} must be a list of patterns, e.g. ["arkiv/**"].` } })
  return undefined
}

/** Reads a string that must be one of `allowed`. */
function readChoice<T extends string>(key: string, node: YamlNode, allowed: readonly T[], problems: ConfigProblem[]): T | undefined {
  if (node.type === 'scalar' && allowed.includes(node.value as T)) return node.value as T
  const list = allowed.join(', ')
  const written = node.type === 'scalar' ? String(node.value) : node.type === 'map' ? 'en mappning' : 'en lista'
  const writtenEn = node.type === 'scalar' ? String(node.value) : node.type === 'map' ? 'a mapping' : 'a list'
  problems.push({
    span: node.span,
    message: { sv: `${key}: "${written}" är inte tillåtet; välj ett av ${list}.`, en: `${key}: "${writtenEn}" is not allowed; choose one of ${list}.` },
  })
  return undefined
}

/** "Okänd nyckel "x" — menade du "y"?", listing the allowed words when they are few. */
function describeUnknown(sv: string, en: string, written: string, allowed: readonly string[]): LocalizedText {
  const closest = suggestClosest(written, allowed)[0]
  if (closest) return { sv: `Okänd ${sv} "${written}". Menade du "${closest}"?`, en: `Unknown ${en} "${written}". Did you mean "${closest}"?` }
  if (allowed.length <= 8) {
    return { sv: `Okänd ${sv} "${written}"; tillåtna: ${allowed.join(', ')}.`, en: `Unknown ${en} "${written}"; allowed: ${allowed.join(', ')}.` }
  }
  return { sv: `Okänd ${sv} "${written}"; \`fordela rules\` listar alla.`, en: `Unknown ${en} "${written}"; \`fordela rules\` lists them all.` }
}
