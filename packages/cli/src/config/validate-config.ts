import {
  catalog,
  suggestClosest,
  type Language,
  type LocalizedText,
  type RoundingPolicy,
  type Template,
  type YamlNode,
} from '@fordela/parser'
import { messages, sayBoth } from '@fordela/render-markdown/messages'
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
    problems.push({ span: root.span, message: messages.cli.configNotMapping })
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
        if (
          value.type === 'scalar' &&
          typeof value.value === 'number' &&
          Number.isInteger(value.value) &&
          value.value >= 0
        ) {
          config = { ...config, maxWarnings: value.value }
        } else {
          problems.push({ span: value.span, message: messages.cli.configMaxWarnings })
        }
        break
      default:
        problems.push({ span: keySpan, message: describeUnknown(unknownKey, key, topLevelKeys) })
    }
  }
  return { config, problems }
}

/** Reads `rules: { <rule-id>: error|warning|info|off }` into `rules`. */
function readRules(node: YamlNode, rules: Map<string, ConfiguredSeverity>, problems: ConfigProblem[]): void {
  if (node.type !== 'map') {
    problems.push({ span: node.span, message: messages.cli.configRulesNotMapping })
    return
  }
  const known = Object.keys(catalog)
  for (const { key, keySpan, value } of node.entries) {
    const severity = readChoice(key, value, severities, problems)
    if (!known.includes(key)) problems.push({ span: keySpan, message: describeUnknown(unknownRule, key, known) })
    else if (severity) rules.set(key, severity)
  }
}

/** Reads a list of glob strings. */
function readGlobs(key: string, node: YamlNode, problems: ConfigProblem[]): string[] | undefined {
  const globs =
    node.type === 'seq'
      ? node.items.flatMap((item) => (item.type === 'scalar' && typeof item.value === 'string' ? [item.value] : []))
      : []
  if (node.type === 'seq' && globs.length === node.items.length) return globs
  problems.push({ span: node.span, message: sayBoth(messages.cli.configGlobs, { key }) })
  return undefined
}

/** Reads a string that must be one of `allowed`. */
function readChoice<T extends string>(
  key: string,
  node: YamlNode,
  allowed: readonly T[],
  problems: ConfigProblem[],
): T | undefined {
  if (node.type === 'scalar' && allowed.includes(node.value as T)) return node.value as T
  const list = allowed.join(', ')
  const message =
    node.type === 'scalar'
      ? sayBoth(messages.cli.configNotAllowed, { key, written: String(node.value), allowed: list })
      : sayBoth(node.type === 'map' ? messages.cli.configMappingNotAllowed : messages.cli.configListNotAllowed, {
          key,
          allowed: list,
        })
  problems.push({ span: node.span, message })
  return undefined
}

/** The three ways to say an unknown key or rule: with a guess, with the allowed words, or pointing at `fordela rules`. */
interface UnknownWords {
  readonly meant: Template<{ written: string; suggestion: string }>
  readonly allowed: Template<{ written: string; allowed: string }>
  readonly listed: Template<{ written: string }>
}

const unknownKey: UnknownWords = {
  meant: messages.cli.unknownKeyMeant,
  allowed: messages.cli.unknownKeyAllowed,
  listed: messages.cli.unknownKeyListed,
}
const unknownRule: UnknownWords = {
  meant: messages.cli.unknownRuleMeant,
  allowed: messages.cli.unknownRuleAllowed,
  listed: messages.cli.unknownRuleListed,
}

/** "Okänd nyckel "x". Menade du "y"?", listing the allowed words when they are few. */
function describeUnknown(words: UnknownWords, written: string, allowed: readonly string[]): LocalizedText {
  const closest = suggestClosest(written, allowed)[0]
  if (closest) return sayBoth(words.meant, { written, suggestion: closest })
  if (allowed.length <= 8) return sayBoth(words.allowed, { written, allowed: allowed.join(', ') })
  return sayBoth(words.listed, { written })
}
